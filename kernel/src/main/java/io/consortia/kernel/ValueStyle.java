package io.consortia.kernel;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The project's one Immutables style: JDK collections only (no Guava), public generated types
 * named {@code Immutable*}, builders that reject missing mandatory attributes. Derived and default
 * attributes are computed in the constructor, in order, without Immutables' initialisation shim
 * (a volatile object per instance, about a fifth of the time of building a {@code Member}, which
 * surveys do by the million): none of them reads another derived or default attribute. (Types
 * with an attribute held through an encoding, {@code Member} and {@code Profile} with their fact
 * maps, get the shim all the same: Immutables generates it for them whatever the style says, ADR
 * 0025.) A
 * builder makes its lists and maps when something is first added to them, not all of them when
 * it is made (most members of a survey state no finances and no own facts).
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
        jdkOnly = true,
        visibility = Value.Style.ImplementationVisibility.PUBLIC,
        optionalAcceptNullable = true,
        defaults = @Value.Immutable(copy = true),
        unsafeDefaultAndDerived = true,
        deferCollectionAllocation = true)
public @interface ValueStyle {}
