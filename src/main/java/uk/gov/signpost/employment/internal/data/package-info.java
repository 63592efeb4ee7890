/** Reading the data files the employment pack ships with. */
@NullMarked
package uk.gov.signpost.employment.internal.data;

import org.jspecify.annotations.NullMarked;
