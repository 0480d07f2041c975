/**
 * Views and components of the language module: accessible abbreviations ({@link app.tandem.language.ui.ExplainedText}),
 * the live {@link app.tandem.language.ui.ReadabilityPanel} other modules put under their text areas, and the glossary page.
 * Exposed as the module's "ui" named interface so other modules' views may use those components.
 */
@NamedInterface("ui")
@NullMarked
package app.tandem.language.ui;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
