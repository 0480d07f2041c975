/** Views and components of the language module: accessible abbreviations, readability, the glossary page. */
@NullMarked
package app.tandem.language.ui;

import org.jspecify.annotations.NullMarked;
