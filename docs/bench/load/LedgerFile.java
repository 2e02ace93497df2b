import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a ledger (台账) file as the office's import reads it: {@code projects} industrial projects of 22
 * matter lines each, every line valid, in the states a running office has (approved, accepted, under
 * review, planned), each step on its prerequisites' approval. Codes carry the {@code run} number (0–9999)
 * so that files of different runs do not collide in one database.
 *
 * <pre>java docs/bench/load/LedgerFile.java PROJECTS RUN OUT.csv</pre>
 */
public class LedgerFile {

    static final String COLUMNS = "file_no,project_code,project_name,enterprise_name,credit_code,type,town,land_status,"
            + "investment,officer,intake_on,category,matter_status,accepted_on,decided_on,document_no,external_due_on,"
            + "simulated_on,simulated_document_no,step_on,note,suspension,pledge,procedure_type,land_held_on";
    static final String[] TOWNS = {"海门经济技术开发区", "海门港新区", "临江新区", "海门街道", "三厂街道", "滨江街道", "常乐镇",
            "悦来镇", "正余镇", "包场镇", "余东镇", "四甲镇"};
    /** Categories whose only prerequisite is DRC-01; the two forwarded ones carry the higher authority's due date. */
    static final String[] FIRST_ROUND = {"EIC-01", "LAND-01", "EPB-01", "WATER-01", "SAFETY-01", "SAFETY-02", "QUAKE-01"};
    static final String[] LATER = {"PLAN-04", "HUD-01", "HUD-02", "HUD-03", "HUD-04", "FIRE-01", "FIRE-02", "CAD-01", "MET-01"};
    static final String CREDIT_CHARACTERS = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    public static void main(String[] args) throws IOException {
        int projects = Integer.parseInt(args[0]);
        int run = Integer.parseInt(args[1]);
        if (projects > 999_999 || run < 0 || run > 9999) {
            throw new IllegalArgumentException("at most 999,999 projects; run 0-9999");
        }
        try (BufferedWriter out = Files.newBufferedWriter(Path.of(args[2]), StandardCharsets.UTF_8)) {
            out.write(COLUMNS);
            out.write("\r\n");
            for (int i = 0; i < projects; i++) {
                for (String line : project(i, run)) {
                    out.write(line);
                    out.write("\r\n");
                }
            }
        }
    }

    static List<String> project(int i, int run) {
        String code = String.format("2025-320684-%02d-%02d-%06d", run / 100, run % 100, i);
        int enterprise = i / 5;
        String head = "," + code + ",台账项目" + run + "-" + i + ",台账企业" + run + "-" + enterprise + "有限公司,"
                + creditCode(run, enterprise) + ",工业项目," + TOWNS[i % TOWNS.length] + ",已取得,"
                + (1000 + i % 9000) + ",officer1,";
        LocalDate intake = LocalDate.of(2025, 1, 2).plusDays(i % 300);
        String prefix = head + intake + ",";
        boolean further = i % 2 == 0;
        List<String> lines = new ArrayList<>(22);
        lines.add(prefix + approved("DRC-01", intake.plusDays(1), intake.plusDays(1), null, i));
        for (String category : FIRST_ROUND) {
            LocalDate due = category.equals("EPB-01") || category.equals("SAFETY-01") ? intake.plusDays(60) : null;
            lines.add(prefix + approved(category, intake.plusDays(2), intake.plusDays(4), due, i));
        }
        if (further) {
            lines.add(prefix + approved("PLAN-01", intake.plusDays(5), intake.plusDays(7), null, i));
            lines.add(prefix + approved("LAND-02", intake.plusDays(8), intake.plusDays(10), null, i));
            lines.add(prefix + approved("PLAN-02", intake.plusDays(8), intake.plusDays(10), null, i));
            lines.add(prefix + line("TRANS-01", "审查中", intake.plusDays(8), null, null, intake.plusDays(9)));
            lines.add(prefix + line("PLAN-03", "已受理", intake.plusDays(11), null, null, null));
        } else {
            lines.add(prefix + line("PLAN-01", "已受理", intake.plusDays(5), null, null, null));
            lines.add(prefix + line("LAND-02", "计划中", null, null, null, null));
            lines.add(prefix + line("PLAN-02", "计划中", null, null, null, null));
            lines.add(prefix + line("TRANS-01", "计划中", null, null, null, null));
            lines.add(prefix + line("PLAN-03", "计划中", null, null, null, null));
        }
        for (String category : LATER) {
            lines.add(prefix + line(category, "计划中", null, null, null, null));
        }
        return lines;
    }

    static String approved(String category, LocalDate accepted, LocalDate decided, LocalDate externalDue, int i) {
        return category + ",已批准," + accepted + "," + decided + ",海批〔2025〕" + category + "-" + i + "号,"
                + (externalDue == null ? "" : externalDue) + ",,,,,,,,";
    }

    static String line(String category, String state, LocalDate accepted, LocalDate decided, String documentNo,
            LocalDate stepOn) {
        return category + "," + state + "," + text(accepted) + "," + text(decided) + "," + (documentNo == null ? "" : documentNo)
                + ",,,," + text(stepOn) + ",,,,,";
    }

    static String text(LocalDate day) {
        return day == null ? "" : day.toString();
    }

    /** A valid unified social credit code (GB 32100-2015) for the run's n-th enterprise. */
    static String creditCode(int run, int n) {
        StringBuilder organisation = new StringBuilder();
        long value = (long) run * 1_000_000L + n;
        for (int k = 0; k < 9; k++) {
            organisation.append(CREDIT_CHARACTERS.charAt((int) (value % 31)));
            value /= 31;
        }
        String first17 = "91320684" + organisation.reverse();
        int sum = 0;
        for (int k = 0; k < 17; k++) {
            sum += CREDIT_CHARACTERS.indexOf(first17.charAt(k)) * WEIGHTS[k];
        }
        int check = 31 - sum % 31;
        return first17 + CREDIT_CHARACTERS.charAt(check == 31 ? 0 : check);
    }
}
