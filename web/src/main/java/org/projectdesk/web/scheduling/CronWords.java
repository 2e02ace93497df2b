package org.projectdesk.web.scheduling;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Quartz cron expression in words ("每周一 08:00", "every 15 minutes") for the shapes an office
 * schedules: every minute at a second, every n minutes, hourly, daily, on some weekdays, monthly.
 * Any other expression has no words and is shown as it is.
 */
final class CronWords {

    private static final Pattern NUMBER = Pattern.compile("\\d{1,2}");
    private static final Pattern STEP = Pattern.compile("(\\*|\\d{1,2})/(\\d{1,2})");
    private static final List<String> DAYS = List.of("SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT");

    private CronWords() {
    }

    static Optional<String> describe(String cron, ResourceBundle bundle) {
        String[] f = cron == null ? new String[0] : cron.trim().toUpperCase().split("\\s+");
        if (f.length < 6 || f.length > 7 || (f.length == 7 && !f[6].equals("*")) || !f[4].equals("*")) {
            return Optional.empty();
        }
        String second = f[0], minute = f[1], hour = f[2], dayOfMonth = f[3], dayOfWeek = f[5];
        boolean everyDay = any(dayOfMonth) && any(dayOfWeek);
        if (!NUMBER.matcher(second).matches() || !everyDay && !(any(dayOfMonth) || any(dayOfWeek))) {
            return Optional.empty();
        }
        if (everyDay && hour.equals("*")) {
            if (minute.equals("*")) {
                return Optional.of(format(bundle, "cron.everyMinute", Integer.parseInt(second)));
            }
            Matcher step = STEP.matcher(minute);
            if (second.equals("0") && step.matches()) {
                int from = step.group(1).equals("*") ? 0 : Integer.parseInt(step.group(1));
                return Optional.of(from == 0 ? format(bundle, "cron.everyMinutes", Integer.parseInt(step.group(2)))
                        : format(bundle, "cron.everyMinutesFrom", Integer.parseInt(step.group(2)), from));
            }
            if (second.equals("0") && NUMBER.matcher(minute).matches()) {
                return Optional.of(format(bundle, "cron.hourly", Integer.parseInt(minute)));
            }
            return Optional.empty();
        }
        if (!second.equals("0") || !NUMBER.matcher(minute).matches() || !NUMBER.matcher(hour).matches()) {
            return Optional.empty();
        }
        String time = String.format("%02d:%02d", Integer.parseInt(hour), Integer.parseInt(minute));
        if (everyDay) {
            return Optional.of(format(bundle, "cron.daily", time));
        }
        if (any(dayOfMonth)) {
            return weekdays(dayOfWeek, bundle).map(days -> format(bundle, "cron.weekly", days, time));
        }
        if (NUMBER.matcher(dayOfMonth).matches()) {
            return Optional.of(format(bundle, "cron.monthly", Integer.parseInt(dayOfMonth), time));
        }
        return dayOfMonth.equals("L") ? Optional.of(format(bundle, "cron.monthEnd", time)) : Optional.empty();
    }

    /** "周一", "周一至周五", "周一、周三" from MON, MON-FRI, MON,WED (or their numbers, 1 = Sunday). */
    private static Optional<String> weekdays(String field, ResourceBundle bundle) {
        List<String> parts = new ArrayList<>();
        for (String part : field.split(",")) {
            String[] range = part.split("-");
            if (range.length > 2) {
                return Optional.empty();
            }
            List<String> names = new ArrayList<>();
            for (String day : range) {
                int index = dayIndex(day);
                if (index < 0) {
                    return Optional.empty();
                }
                names.add(bundle.getString("cron.day." + DAYS.get(index)));
            }
            parts.add(names.size() == 1 ? names.get(0) : format(bundle, "cron.dayRange", names.get(0), names.get(1)));
        }
        return Optional.of(String.join(bundle.getString("cron.daySeparator"), parts));
    }

    private static int dayIndex(String day) {
        if (day.matches("[1-7]")) {
            return Integer.parseInt(day) - 1;
        }
        return DAYS.indexOf(day);
    }

    private static boolean any(String field) {
        return field.equals("*") || field.equals("?");
    }

    private static String format(ResourceBundle bundle, String key, Object... arguments) {
        return new MessageFormat(bundle.getString(key), bundle.getLocale()).format(arguments);
    }
}
