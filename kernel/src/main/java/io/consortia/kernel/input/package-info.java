/**
 * Reading untrusted input trees: a path-aware cursor and problem collection. Bad input is a
 * value (every problem with its place), never an exception.
 */
package io.consortia.kernel.input;
