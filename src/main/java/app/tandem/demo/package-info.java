/**
 * Demo data for a newcomer: the fictional areas Northmere (a full written statement of action)
 * and Eastbrook (a small plan that proves one area never sees another's data). Loaded on first
 * start when {@code tandem.demo=true}, through the same services people use.
 */
@NullMarked
package app.tandem.demo;

import org.jspecify.annotations.NullMarked;
