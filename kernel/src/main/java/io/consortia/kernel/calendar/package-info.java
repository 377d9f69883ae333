/**
 * Working days: a pure calendar value of statutory holidays and adjusted working days per covered
 * year, with counting that either refuses dates outside the covered years or, when the caller
 * opts in, approximates them by the Monday–Friday week and says so. The data comes from outside
 * the kernel (the {@code calendar-cn} module bundles the Chinese statutory calendar).
 */
package io.consortia.kernel.calendar;
