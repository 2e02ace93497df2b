package org.projectdesk.calendar.control;

import com.nlf.calendar.Lunar;
import com.nlf.calendar.Solar;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The provisional schedule of a year whose official notice is not out: the statutory holidays of
 * 《全国年节及纪念日放假办法》 as amended by 国务院令第795号 (in force 2025-01-01), each one falling on a
 * weekend made up on the next working day, weekends off, and no adjusted working days (调休 come only
 * with the notice). Lunar dates and the Qingming solar term are
 * computed by the lunar library (6tail, 寿星万年历 algorithms, reckoned in Beijing time), not typed in.
 */
public final class StatutoryHolidays {

    private StatutoryHolidays() {
    }

    /** The year's days off as the official file would list them (kind holiday), in date order. */
    public static List<HolidaySchedule.Entry> of(int year) {
        List<HolidaySchedule.Entry> statutory = new ArrayList<>();
        statutory.add(holiday(LocalDate.of(year, 1, 1), "元旦"));
        LocalDate newYear = lunar(year, 1, 1);
        for (LocalDate day = newYear.minusDays(1); !day.isAfter(newYear.plusDays(2)); day = day.plusDays(1)) {
            statutory.add(holiday(day, "春节"));
        }
        statutory.add(holiday(qingming(year), "清明节"));
        statutory.add(holiday(LocalDate.of(year, 5, 1), "劳动节"));
        statutory.add(holiday(LocalDate.of(year, 5, 2), "劳动节"));
        statutory.add(holiday(lunar(year, 5, 5), "端午节"));
        statutory.add(holiday(lunar(year, 8, 15), "中秋节"));
        for (int d = 1; d <= 3; d++) {
            statutory.add(holiday(LocalDate.of(year, 10, d), "国庆节"));
        }
        statutory.sort(Comparator.comparing(HolidaySchedule.Entry::date));
        Map<LocalDate, String> off = new TreeMap<>();
        statutory.forEach(h -> off.putIfAbsent(h.date(), h.name()));
        // A statutory day on a weekend, or on a day another holiday already takes (中秋 in 国庆), is made up.
        Set<LocalDate> claimed = new HashSet<>();
        for (HolidaySchedule.Entry h : statutory) {
            if (!claimed.add(h.date()) || isWeekend(h.date())) {
                off.put(nextWorkingDay(h.date(), off), h.name());
            }
        }
        return off.entrySet().stream().map(e -> holiday(e.getKey(), e.getValue())).toList();
    }

    private static HolidaySchedule.Entry holiday(LocalDate day, String name) {
        return new HolidaySchedule.Entry(day, DayKind.HOLIDAY, name);
    }

    /** The Gregorian day of a lunar month and day in the lunar year that begins in the given Gregorian year. */
    static LocalDate lunar(int gregorianYear, int month, int day) {
        return local(Lunar.fromYmd(gregorianYear, month, day).getSolar());
    }

    /** The day, in Beijing time, on which the sun reaches the longitude of 清明 (15°). */
    static LocalDate qingming(int year) {
        return local(Lunar.fromYmd(year, 3, 1).getJieQiTable().get("清明"));
    }

    private static LocalDate local(Solar day) {
        return LocalDate.of(day.getYear(), day.getMonth(), day.getDay());
    }

    private static LocalDate nextWorkingDay(LocalDate after, Map<LocalDate, String> off) {
        LocalDate day = after.plusDays(1);
        while (isWeekend(day) || off.containsKey(day)) {
            day = day.plusDays(1);
        }
        return day;
    }

    private static boolean isWeekend(LocalDate day) {
        return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
    }
}
