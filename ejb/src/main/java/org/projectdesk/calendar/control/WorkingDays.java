package org.projectdesk.calendar.control;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
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
 */
public final class WorkingDays {

    private final LocalDate first;
    private final int firstYear;
    private final int lastYear;
    private final NavigableSet<Integer> missingYears;
    private final int[] workingUpTo;
    private final int[] nthWorkingDay;

    private WorkingDays(LocalDate first, int firstYear, int lastYear, NavigableSet<Integer> missingYears,
            int[] workingUpTo, int[] nthWorkingDay) {
        this.first = first;
        this.firstYear = firstYear;
        this.lastYear = lastYear;
        this.missingYears = missingYears;
        this.workingUpTo = workingUpTo;
        this.nthWorkingDay = nthWorkingDay;
    }

    /** An index of the given years with their listed days; a listed day outside those years is an error. */
    public static WorkingDays of(Collection<Integer> years, Map<LocalDate, DayKind> listedDays) {
        if (years.isEmpty()) {
            return new WorkingDays(LocalDate.of(1, 1, 1), 1, 0, new TreeSet<>(), new int[0], new int[0]);
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
        List<Integer> working = new ArrayList<>();
        int count = 0;
        for (int i = 0; i < length; i++) {
            LocalDate day = first.plusDays(i);
            if (isWorking(day, listedDays.get(day))) {
                count++;
                working.add(i);
            }
            workingUpTo[i] = count;
        }
        TreeSet<Integer> missing = new TreeSet<>();
        for (int year = firstYear; year <= lastYear; year++) {
            if (!loaded.contains(year)) {
                missing.add(year);
            }
        }
        return new WorkingDays(first, firstYear, lastYear, missing, workingUpTo,
                working.stream().mapToInt(Integer::intValue).toArray());
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
        if (days == 0) {
            requireLoaded(from.getYear());
            return from;
        }
        int start = startIndex(from);
        int wanted = (start < 0 ? 0 : workingUpTo[start]) + days;
        if (wanted > nthWorkingDay.length) {
            throw new YearNotLoaded(lastYear + 1);
        }
        LocalDate due = first.plusDays(nthWorkingDay[wanted - 1]);
        requireLoadedBetween(from.plusDays(1), due);
        return due;
    }

    /** Working days in (from, to]: {@code from} itself is not counted, {@code to} is. Zero when to ≤ from. */
    public int countWorkingDays(LocalDate from, LocalDate to) {
        if (!to.isAfter(from)) {
            return 0;
        }
        requireLoadedBetween(from.plusDays(1), to);
        int start = startIndex(from);
        return workingUpTo[index(to)] - (start < 0 ? 0 : workingUpTo[start]);
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

    public boolean isWorkingDay(LocalDate day) {
        requireLoaded(day.getYear());
        int i = index(day);
        return workingUpTo[i] - (i == 0 ? 0 : workingUpTo[i - 1]) == 1;
    }

    /** The day itself when it is a working day, else the next working day (民法典 Art. 203 by analogy). */
    public LocalDate onOrAfter(LocalDate day) {
        return addWorkingDays(day.minusDays(1), 1);
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

    /** Index of the day counting starts after; -1 for the last day before the first loaded year. */
    private int startIndex(LocalDate from) {
        if (from.equals(first.minusDays(1))) {
            return -1;
        }
        requireLoaded(from.getYear());
        return index(from);
    }

    private int index(LocalDate day) {
        return (int) (day.toEpochDay() - first.toEpochDay());
    }

    private void requireLoaded(int year) {
        if (!covers(year)) {
            throw new YearNotLoaded(year);
        }
    }

    private void requireLoadedBetween(LocalDate firstDay, LocalDate lastDay) {
        requireLoaded(firstDay.getYear());
        requireLoaded(lastDay.getYear());
        Integer missing = missingYears.ceiling(firstDay.getYear());
        if (missing != null && missing <= lastDay.getYear()) {
            throw new YearNotLoaded(missing);
        }
    }

    public int firstYear() {
        return firstYear;
    }

    public int lastYear() {
        return lastYear;
    }
}
