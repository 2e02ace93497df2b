package org.projectdesk.calendar.control;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.TreeSet;

/**
 * An immutable index of the working days of the loaded years. A working day is a Monday to Friday
 * that is not a listed holiday, or a listed make-up working day. Two arrays make every computation
 * constant-time: {@code workingUpTo[i]} counts the working days from the first indexed day to day i,
 * and {@code nthWorkingDay[k]} is the index of the (k+1)-th working day. Years between loaded years
 * that are not loaded themselves are indexed as weekends-only but any result touching them is refused.
 * Provisional years (no official notice yet) are indexed from the law's holidays and counted like
 * any other; a date is provisional when it lies in or after the first of them, since reaching it
 * counted provisional days or may do once an earlier provisional year is made official.
 */
public final class WorkingDays {

    private final long firstEpochDay;
    private final int firstYear;
    private final int lastYear;
    private final NavigableSet<Integer> missingYears;
    private final int[] workingUpTo;
    private final int[] nthWorkingDay;
    /** Days up to and including day i that lie in a year between loaded years but not loaded itself. */
    private final int[] unloadedUpTo;
    private final NavigableSet<Integer> provisionalYears;

    private WorkingDays(long firstEpochDay, int firstYear, int lastYear, NavigableSet<Integer> missingYears,
            int[] workingUpTo, int[] nthWorkingDay, int[] unloadedUpTo, NavigableSet<Integer> provisionalYears) {
        this.firstEpochDay = firstEpochDay;
        this.firstYear = firstYear;
        this.lastYear = lastYear;
        this.missingYears = missingYears;
        this.workingUpTo = workingUpTo;
        this.nthWorkingDay = nthWorkingDay;
        this.unloadedUpTo = unloadedUpTo;
        this.provisionalYears = provisionalYears;
    }

    /**
     * The official years with their listed days, and every other year from the first official one to
     * {@code yearsAhead} past the last made provisional ({@link StatutoryHolidays}).
     */
    public static WorkingDays withProvisionalYears(Collection<Integer> officialYears, Map<LocalDate, DayKind> listedDays,
            int yearsAhead) {
        if (officialYears.isEmpty()) {
            return of(officialYears, listedDays);
        }
        TreeSet<Integer> official = new TreeSet<>(officialYears);
        TreeSet<Integer> provisional = new TreeSet<>();
        Map<LocalDate, DayKind> days = new HashMap<>(listedDays);
        for (int year = official.first(); year <= official.last() + yearsAhead; year++) {
            if (!official.contains(year)) {
                provisional.add(year);
                StatutoryHolidays.of(year).forEach(entry -> days.put(entry.date(), entry.kind()));
            }
        }
        TreeSet<Integer> all = new TreeSet<>(official);
        all.addAll(provisional);
        return build(all, days, provisional);
    }

    /** An index of the given years with their listed days; a listed day outside those years is an error. */
    public static WorkingDays of(Collection<Integer> years, Map<LocalDate, DayKind> listedDays) {
        return build(years, listedDays, new TreeSet<>());
    }

    private static WorkingDays build(Collection<Integer> years, Map<LocalDate, DayKind> listedDays,
            NavigableSet<Integer> provisionalYears) {
        if (years.isEmpty()) {
            return new WorkingDays(0, 1, 0, new TreeSet<>(), new int[0], new int[0], new int[0], provisionalYears);
        }
        TreeSet<Integer> loaded = new TreeSet<>(years);
        int firstYear = loaded.first();
        int lastYear = loaded.last();
        LocalDate first = LocalDate.of(firstYear, 1, 1);
        int length = (int) (LocalDate.of(lastYear + 1, 1, 1).toEpochDay() - first.toEpochDay());
        listedDays.keySet().stream().filter(day -> !loaded.contains(day.getYear())).findFirst().ifPresent(day -> {
            throw new IllegalArgumentException(day + " is listed but its year is not among the loaded years " + loaded);
        });
        int[] workingUpTo = new int[length];
        int[] unloadedUpTo = new int[length];
        List<Integer> working = new ArrayList<>();
        int count = 0;
        int unloaded = 0;
        for (int i = 0; i < length; i++) {
            LocalDate day = first.plusDays(i);
            if (isWorking(day, listedDays.get(day))) {
                count++;
                working.add(i);
            }
            if (!loaded.contains(day.getYear())) {
                unloaded++;
            }
            workingUpTo[i] = count;
            unloadedUpTo[i] = unloaded;
        }
        TreeSet<Integer> missing = new TreeSet<>();
        for (int year = firstYear; year <= lastYear; year++) {
            if (!loaded.contains(year)) {
                missing.add(year);
            }
        }
        return new WorkingDays(first.toEpochDay(), firstYear, lastYear, missing, workingUpTo,
                working.stream().mapToInt(Integer::intValue).toArray(), unloadedUpTo, provisionalYears);
    }

    private static boolean isWorking(LocalDate day, DayKind listed) {
        if (listed != null) {
            return listed == DayKind.WORKDAY;
        }
        DayOfWeek weekday = day.getDayOfWeek();
        return weekday != DayOfWeek.SATURDAY && weekday != DayOfWeek.SUNDAY;
    }

    /**
     * The date N working days after {@code from}, counting from the next day (受理次日起算). N = 0 gives
     * {@code from} itself. The result is always a working day, so a limit never ends on a day off.
     */
    public LocalDate addWorkingDays(LocalDate from, int days) {
        if (days < 0) {
            throw new IllegalArgumentException("A number of working days cannot be negative: " + days);
        }
        int start = startIndex(from);
        if (days == 0) {
            if (start < 0) {
                throw new YearNotLoaded(from.getYear());
            }
            return from;
        }
        int wanted = workingUpTo(start) + days;
        if (wanted > nthWorkingDay.length) {
            throw new YearNotLoaded(missingYears.isEmpty() || unloadedUpTo(start) == unloadedUpTo[unloadedUpTo.length - 1]
                    ? lastYear + 1 : missingYears.ceiling(yearOf(start + 1)));
        }
        int due = nthWorkingDay[wanted - 1];
        requireLoadedBetween(start, due);
        return LocalDate.ofEpochDay(firstEpochDay + due);
    }

    /** Working days in (from, to]: {@code from} itself is not counted, {@code to} is. Zero when to ≤ from. */
    public int countWorkingDays(LocalDate from, LocalDate to) {
        if (!to.isAfter(from)) {
            return 0;
        }
        int start = startIndex(from);
        long end = to.toEpochDay() - firstEpochDay;
        if (end >= workingUpTo.length) {
            throw new YearNotLoaded(to.getYear());
        }
        requireLoadedBetween(start, (int) end);
        return workingUpTo[(int) end] - workingUpTo(start);
    }

    /**
     * When a limit of N working days counted from {@code start} runs out if the days of the given
     * periods do not count. Periods may overlap or touch; days before {@code start} are ignored.
     */
    public LocalDate dueDate(LocalDate start, int days, Collection<Period> excluded) {
        LocalDate counted = start;
        int remaining = days;
        for (Period period : merged(excluded)) {
            if (!period.last().isAfter(counted)) {
                continue;
            }
            LocalDate dayBefore = period.first().minusDays(1);
            int available = countWorkingDays(counted, dayBefore);
            if (available >= remaining) {
                return addWorkingDays(counted, remaining);
            }
            remaining -= available;
            counted = period.last();
        }
        return addWorkingDays(counted, remaining);
    }

    /**
     * The first day on which two calendars disagree (one works, the other not, or only one covers
     * it); null when they agree everywhere. A date counted to before it is the same on both.
     */
    public static LocalDate firstDifference(WorkingDays a, WorkingDays b) {
        if (a.workingUpTo.length == 0 || b.workingUpTo.length == 0) {
            return a.workingUpTo.length == b.workingUpTo.length ? null : LocalDate.of(Math.max(a.firstYear, b.firstYear), 1, 1);
        }
        LocalDate last = LocalDate.of(Math.max(a.lastYear, b.lastYear), 12, 31);
        for (LocalDate day = LocalDate.of(Math.min(a.firstYear, b.firstYear), 1, 1); !day.isAfter(last); day = day.plusDays(1)) {
            boolean inA = a.covers(day.getYear());
            boolean inB = b.covers(day.getYear());
            if (inA != inB || inA && a.isWorkingDay(day) != b.isWorkingDay(day)) {
                return day;
            }
        }
        return null;
    }

    /** A day of a loaded year with the count of working days from the first indexed day through it. */
    public record Ordinal(LocalDate day, int ordinal, boolean working) {
    }

    /**
     * Every day of the loaded years with its ordinal, for SQL that counts working days as the
     * difference of two ordinals. Days of years between loaded ones are left out, so that SQL, too,
     * finds nothing for them rather than a wrong count.
     */
    public List<Ordinal> ordinals() {
        List<Ordinal> ordinals = new ArrayList<>(workingUpTo.length);
        for (int i = 0; i < workingUpTo.length; i++) {
            LocalDate day = LocalDate.ofEpochDay(firstEpochDay + i);
            if (!missingYears.contains(day.getYear())) {
                ordinals.add(new Ordinal(day, workingUpTo[i], workingUpTo[i] - workingUpTo(i - 1) == 1));
            }
        }
        return ordinals;
    }

    public boolean isWorkingDay(LocalDate day) {
        long i = day.toEpochDay() - firstEpochDay;
        if (i < 0 || i >= workingUpTo.length || !covers(day.getYear())) {
            throw new YearNotLoaded(day.getYear());
        }
        return workingUpTo[(int) i] - workingUpTo((int) i - 1) == 1;
    }

    /** The day itself when it is a working day, else the next working day (民法典 Art. 203 by analogy). */
    public LocalDate onOrAfter(LocalDate day) {
        return addWorkingDays(day.minusDays(1), 1);
    }

    /** Working days of a whole loaded year. */
    public int workingDaysIn(int year) {
        if (!covers(year)) {
            throw new YearNotLoaded(year);
        }
        int january1 = (int) (LocalDate.of(year, 1, 1).toEpochDay() - firstEpochDay);
        int december31 = (int) (LocalDate.of(year, 12, 31).toEpochDay() - firstEpochDay);
        return workingUpTo[december31] - workingUpTo(january1 - 1);
    }

    /**
     * Whether a date computed with this calendar may still move when an official schedule is imported:
     * it lies in or after the first provisional year.
     */
    public boolean isProvisional(LocalDate day) {
        return day != null && !provisionalYears.isEmpty() && day.getYear() >= provisionalYears.first();
    }

    public boolean isProvisionalYear(int year) {
        return provisionalYears.contains(year);
    }

    /** The years indexed from the law alone, for want of their official notice. */
    public NavigableSet<Integer> provisionalYears() {
        return Collections.unmodifiableNavigableSet(provisionalYears);
    }

    public boolean covers(int year) {
        return year >= firstYear && year <= lastYear && !missingYears.contains(year);
    }

    private static List<Period> merged(Collection<Period> periods) {
        List<Period> sorted = new ArrayList<>(periods);
        sorted.sort(Comparator.comparing(Period::first));
        List<Period> merged = new ArrayList<>();
        for (Period period : sorted) {
            Period last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && !period.first().isAfter(last.last().plusDays(1))) {
                merged.set(merged.size() - 1, new Period(last.first(),
                        period.last().isAfter(last.last()) ? period.last() : last.last()));
            } else {
                merged.add(period);
            }
        }
        return merged;
    }

    /**
     * Index of the day counting starts after: a day of a loaded year, or -1 for the last day before
     * the first loaded year (counting then needs nothing of the year before).
     */
    private int startIndex(LocalDate from) {
        long i = from.toEpochDay() - firstEpochDay;
        if (i < -1 || i >= workingUpTo.length || (i >= 0 && unloadedUpTo((int) i) != unloadedUpTo((int) i - 1))) {
            throw new YearNotLoaded(from.getYear());
        }
        return (int) i;
    }

    private int workingUpTo(int i) {
        return i < 0 ? 0 : workingUpTo[i];
    }

    private int unloadedUpTo(int i) {
        return i < 0 ? 0 : unloadedUpTo[i];
    }

    /** Refuses a span (start, end] that crosses a year which is not loaded, naming that year. */
    private void requireLoadedBetween(int start, int end) {
        if (unloadedUpTo(end) != unloadedUpTo(start)) {
            throw new YearNotLoaded(missingYears.ceiling(yearOf(start + 1)));
        }
    }

    private int yearOf(int index) {
        return LocalDate.ofEpochDay(firstEpochDay + index).getYear();
    }

    public int firstYear() {
        return firstYear;
    }

    public int lastYear() {
        return lastYear;
    }
}
