/**
 * The jurisdiction SPI and what the kernel builds from it. A module provides {@link
 * io.consortia.kernel.jurisdiction.JurisdictionProvider}; the kernel hands it a {@link
 * io.consortia.kernel.jurisdiction.JurisdictionSetup} to register its identity, readings and
 * editions (document, outline, rules, support measures), and builds an immutable {@link
 * io.consortia.kernel.jurisdiction.Jurisdiction}.
 */
package io.consortia.kernel.jurisdiction;
