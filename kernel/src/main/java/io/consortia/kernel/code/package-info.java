/** Validated identifiers: unified social credit codes (GB 32100-2015) and division codes (GB/T 2260). */
package io.consortia.kernel.code;
