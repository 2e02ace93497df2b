/**
 * Which days are working days in China, and the time-limit arithmetic every promised date stands
 * on: adding working days counted from the day after acceptance (受理次日起算), counting working days,
 * and due dates that leave out suspended periods (行政许可法 §45). Holidays and make-up working days
 * come from the State Council's yearly schedule, loaded per year; a computation that needs a year
 * not loaded fails and names the year rather than guess.
 */
package org.projectdesk.calendar;
