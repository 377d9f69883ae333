/** Source documents: the policies themselves, their metadata and full text. */
package io.consortia.kernel.source;
