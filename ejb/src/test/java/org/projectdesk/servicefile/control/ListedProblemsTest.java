package org.projectdesk.servicefile.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.projectdesk.shared.control.ImportProblem;

/** Keeping the first problems by line as they stream in lists what sorting them all would. */
class ListedProblemsTest {

    @Test
    void theFirstHundredByLineInTheOrderFoundAndTheRestCounted() {
        Random random = new Random(7);
        List<ImportProblem> all = new ArrayList<>();
        ListedProblems listed = new ListedProblems(100);
        for (int i = 0; i < 5_000; i++) {
            // Mostly in file order, with the disorder a project's prerequisite order brings, and lines with several.
            ImportProblem problem = ImportProblem.of(i / 3 + random.nextInt(25), "c" + i, "import.required");
            all.add(problem);
            listed.add(problem);
        }
        List<ImportProblem> sorted = new ArrayList<>(all);
        sorted.sort(Comparator.comparingLong(ImportProblem::line));

        assertEquals(sorted.subList(0, 100), listed.listed());
        assertEquals(4_900, listed.more());
        assertEquals(5_000, listed.count());
    }

    @Test
    void fewerThanTheLimitAreAllListed() {
        ListedProblems listed = new ListedProblems(100);
        listed.add(ImportProblem.of(9, null, "import.noRows"));
        listed.add(ImportProblem.of(2, "code", "import.required"));

        assertEquals(List.of(ImportProblem.of(2, "code", "import.required"), ImportProblem.of(9, null, "import.noRows")),
                listed.listed());
        assertEquals(0, listed.more());
    }
}
