package org.projectdesk.calendar.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.projectdesk.shared.control.ImportProblem;

class HolidayScheduleTest {

    private static HolidaySchedule parse(String text) {
        return HolidaySchedule.parse(text.getBytes(StandardCharsets.UTF_8));
    }

    private static List<String> problems(HolidaySchedule schedule) {
        return schedule.problems().stream().map(ImportProblem::toString).toList();
    }

    @Test
    void readsANewYearsSchedule() {
        HolidaySchedule schedule = parse("date,kind,name\n2027-01-01,holiday,元旦\n2027-02-06,workday,春节\n");

        assertTrue(schedule.isValid());
        assertEquals(Set.of(2027), schedule.years());
        assertEquals(new HolidaySchedule.Entry(java.time.LocalDate.of(2027, 2, 6), DayKind.WORKDAY, "春节"), schedule.entries().get(1));
    }

    @Test
    void acceptsAByteOrderMarkAndColumnsInAnyOrder() {
        HolidaySchedule schedule = parse("\uFEFFname,date,kind\r\n元旦,2027-01-01,holiday\r\n");

        assertTrue(schedule.isValid(), () -> problems(schedule).toString());
        assertEquals(1, schedule.entries().size());
    }

    @Test
    void refusesAFileThatIsNotUtf8AndSaysOnWhichLine() {
        byte[] gbk = "date,kind,name\n2027-01-01,holiday,元旦\n".getBytes(Charset.forName("GBK"));

        HolidaySchedule schedule = HolidaySchedule.parse(gbk);

        assertEquals(List.of("line 2, column -: The file is not UTF-8 (the first invalid byte is on this line); save it as \"CSV UTF-8\" and import it again"),
                problems(schedule));
        assertTrue(schedule.entries().isEmpty());
    }

    @Test
    void refusesAnEmptyFileOrOneWithoutRows() {
        assertEquals(List.of("line 1, column -: The file is empty"), problems(parse("")));
        assertEquals(List.of("line 1, column -: The file has a header but no data rows"), problems(parse("date,kind,name\n")));
    }

    @Test
    void namesMissingAndUnknownColumns() {
        assertEquals(List.of("line 1, column name: The column name is missing",
                        "line 1, column remark: The column 'remark' is not known"),
                problems(parse("date,kind,remark\n2027-01-01,holiday,x\n")));
    }

    @Test
    void listsEveryBadValueByLineAndColumnAndKeepsNothing() {
        HolidaySchedule schedule = parse("""
                date,kind,name
                2027-13-01,holiday,元旦
                2027-01-01,vacation,元旦
                2027-01-04,workday,元旦
                2027-02-06,workday,
                2027-02-06,workday,春节
                """);

        assertEquals(List.of(
                "line 2, column date: '2027-13-01' is not a date of the form YYYY-MM-DD",
                "line 3, column kind: 'vacation' must be one of holiday, workday",
                "line 4, column kind: 2027-01-04 is a weekday: a make-up working day must be a Saturday or Sunday",
                "line 5, column name: A value is required",
                "line 6, column date: '2027-02-06' appears more than once (first on line 5)"), problems(schedule));
        assertFalse(schedule.isValid());
        assertTrue(schedule.entries().isEmpty(), "a file with problems yields nothing to store");
    }

    @Test
    void problemsSpeakChineseToo() {
        ImportProblem problem = parse("date,kind,name\n2027-01-01,vacation,元旦\n").problems().get(0);

        assertEquals("“vacation”必须是以下之一：holiday, workday", problem.message(Locale.SIMPLIFIED_CHINESE));
    }
}
