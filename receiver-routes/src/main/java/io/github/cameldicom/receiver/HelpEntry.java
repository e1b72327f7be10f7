package io.github.cameldicom.receiver;

/** One item of the help text, in the order printed: group and sub-group headings, options, notes. */
sealed interface HelpEntry permits HelpEntry.Group, HelpEntry.SubGroup, HelpEntry.Note, Option {

    /**
     * A heading at the left margin; its options are indented by two. The column widths are DCMTK's: the short-name
     * column is wider only for the general options.
     */
    record Group(String title, int shortColumns) implements HelpEntry {
    }

    /** A heading indented by two; its options are indented by four. */
    record SubGroup(String title) implements HelpEntry {
    }

    /** A line of free text indented by four, for what is not an option. */
    record Note(String text) implements HelpEntry {
    }
}
