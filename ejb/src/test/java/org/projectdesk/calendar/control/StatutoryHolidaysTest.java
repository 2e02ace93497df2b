package org.projectdesk.calendar.control;

import static java.time.LocalDate.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StatutoryHolidaysTest {

    private static Map<LocalDate, String> daysOff(int year) {
        return StatutoryHolidays.of(year).stream().collect(Collectors.toMap(HolidaySchedule.Entry::date,
                HolidaySchedule.Entry::name, (a, b) -> a, LinkedHashMap::new));
    }

    /** shared/reference: the 2027 statutory days by the 2025 rules, and each weekend one made up on the next working day. */
    @Test
    void theProvisional2027IsTheLawsHolidaysWithWeekendDaysMadeUp() {
        Map<LocalDate, String> expected = new LinkedHashMap<>();
        expected.put(parse("2027-01-01"), "元旦");
        expected.put(parse("2027-02-05"), "春节"); // 除夕, Friday
        expected.put(parse("2027-02-06"), "春节"); // 初一, Saturday
        expected.put(parse("2027-02-07"), "春节");
        expected.put(parse("2027-02-08"), "春节");
        expected.put(parse("2027-02-09"), "春节"); // made up for Saturday 6th
        expected.put(parse("2027-02-10"), "春节"); // made up for Sunday 7th
        expected.put(parse("2027-04-05"), "清明节");
        expected.put(parse("2027-05-01"), "劳动节");
        expected.put(parse("2027-05-02"), "劳动节");
        expected.put(parse("2027-05-03"), "劳动节");
        expected.put(parse("2027-05-04"), "劳动节");
        expected.put(parse("2027-06-09"), "端午节");
        expected.put(parse("2027-09-15"), "中秋节");
        expected.put(parse("2027-10-01"), "国庆节");
        expected.put(parse("2027-10-02"), "国庆节");
        expected.put(parse("2027-10-03"), "国庆节");
        expected.put(parse("2027-10-04"), "国庆节");
        expected.put(parse("2027-10-05"), "国庆节");

        assertEquals(expected, daysOff(2027));
    }

    @Test
    void theProvisional2028HasNewYearMadeUpAndMidAutumnInsideNationalDay() {
        Map<LocalDate, String> expected = new LinkedHashMap<>();
        expected.put(parse("2028-01-01"), "元旦"); // Saturday
        expected.put(parse("2028-01-03"), "元旦"); // made up on Monday
        expected.put(parse("2028-01-25"), "春节"); // 除夕 Tuesday; 初一 is 26 January
        expected.put(parse("2028-01-26"), "春节");
        expected.put(parse("2028-01-27"), "春节");
        expected.put(parse("2028-01-28"), "春节");
        expected.put(parse("2028-04-04"), "清明节");
        expected.put(parse("2028-05-01"), "劳动节");
        expected.put(parse("2028-05-02"), "劳动节");
        expected.put(parse("2028-05-28"), "端午节"); // Sunday
        expected.put(parse("2028-05-29"), "端午节");
        expected.put(parse("2028-10-01"), "国庆节"); // Sunday
        expected.put(parse("2028-10-02"), "国庆节");
        expected.put(parse("2028-10-03"), "中秋节"); // 八月十五 is also 国庆's third day: one more day made up
        expected.put(parse("2028-10-04"), "国庆节");
        expected.put(parse("2028-10-05"), "国庆节");

        assertEquals(expected, daysOff(2028));
    }

    /** The library's dates against the official notices of 2024–2026 (config/calendar). */
    @ParameterizedTest(name = "{0}: 春节 初一 {1}, 清明 {2}, 端午 {3}, 中秋 {4}")
    @CsvSource({
            "2024, 2024-02-10, 2024-04-04, 2024-06-10, 2024-09-17",
            "2025, 2025-01-29, 2025-04-04, 2025-05-31, 2025-10-06",
            "2026, 2026-02-17, 2026-04-05, 2026-06-19, 2026-09-25",
    })
    void lunarDatesAndQingmingAgreeWithTheOfficialNotices(int year, LocalDate springFestival, LocalDate qingming,
            LocalDate dragonBoat, LocalDate midAutumn) {
        assertEquals(springFestival, StatutoryHolidays.lunar(year, 1, 1));
        assertEquals(qingming, StatutoryHolidays.qingming(year));
        assertEquals(dragonBoat, StatutoryHolidays.lunar(year, 5, 5));
        assertEquals(midAutumn, StatutoryHolidays.lunar(year, 8, 15));
        Map<LocalDate, DayKind> official = ShippedSchedule.schedule().days();
        for (LocalDate day : new LocalDate[] {springFestival, qingming, dragonBoat, midAutumn}) {
            assertEquals(DayKind.HOLIDAY, official.get(day), day + " is a day off in the official notice");
        }
    }

    @Test
    void everyYearHasItsElevenStatutoryDaysOff() {
        for (int year = 2025; year <= 2060; year++) {
            Map<LocalDate, String> off = daysOff(year);
            assertTrue(off.size() >= 11, year + ": " + off);
            off.keySet().forEach(day -> assertTrue(day.getDayOfWeek().getValue() <= 5 || off.containsKey(day)));
            int y = year;
            assertTrue(off.keySet().stream().allMatch(day -> day.getYear() == y), off.toString());
        }
    }
}
