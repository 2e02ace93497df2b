package org.projectdesk.calendar.control;

import java.time.LocalDate;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Adding N working days to a date: the precomputed index against a day-by-day loop, single-threaded,
 * over the shipped 2024–2026 schedule and start dates spread over 2024–2025.
 * Run: {@code ./mvnw -q -pl ejb -am -Pbenchmark verify} (see docs/benchmarks.md).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@Threads(1)
public class WorkingDaysBenchmark {

    @Param({"1", "5", "20", "60", "100"})
    int days;

    private WorkingDays index;
    private DayByDayCalendar loop;
    private LocalDate[] starts;
    private int next;

    @Setup
    public void setUp() {
        HolidaySchedule schedule = ShippedSchedule.schedule();
        index = WorkingDays.of(schedule.years(), schedule.days());
        loop = new DayByDayCalendar(schedule.days());
        Random random = new Random(42);
        starts = new LocalDate[1024];
        for (int i = 0; i < starts.length; i++) {
            starts[i] = LocalDate.of(2024, 1, 1).plusDays(random.nextInt(700));
        }
    }

    @Benchmark
    public LocalDate index() {
        return index.addWorkingDays(starts[next++ & 1023], days);
    }

    @Benchmark
    public LocalDate dayByDay() {
        return loop.addWorkingDays(starts[next++ & 1023], days);
    }
}
