/** Bilingual user-facing text. */
package io.consortia.kernel.text;
