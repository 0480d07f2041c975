/**
 * Plain language: the area glossary of acronyms (a built-in SEND list plus the area's own entries),
 * {@link app.tandem.language.LanguageService#explain(String)} that finds acronyms in plan text, and a
 * readability measure for people writing to parents. Its UI shows acronyms as accessible
 * abbreviations to forum members and young people through {@link app.tandem.base.TextPresenter}.
 */
@NullMarked
package app.tandem.language;

import org.jspecify.annotations.NullMarked;
