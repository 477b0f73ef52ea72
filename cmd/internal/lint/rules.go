package lint

// Rules is every rule, in the order of the content model's table. A new rule
// is a file with its check function and a line here.
var Rules = []Rule{
	{"encoding", Error, "a file that is not UTF-8 text (or is binary)", checkEncoding},
	{"file-size", Error, "a Markdown file larger than 2 MB, or another file larger than 64 MB (such a file is not read)", checkFileSize},
	{"outside-link", Error, "a symbolic link in a source folder or the theme that leads outside the handbook, is absolute, or leads to a hidden file such as .git/config (it is not read)", checkOutsideLink},
	{"special-file", Error, "a named pipe, device, socket or link to a folder in a source folder or the theme (it is not read)", checkSpecialFile},
	{"unreadable-file", Error, "a file in a source folder or the theme that cannot be read", checkUnreadableFile},
	{"frontmatter", Error, "front matter missing, unterminated, not valid YAML, or with a key given twice", checkFrontMatter},
	{"required", Error, "a required field is missing or empty", checkRequired},
	{"invalid-value", Error, "a value outside the vocabulary, a malformed date, a wrong type, or a clause order used twice", checkInvalidValue},
	{"id-format", Error, "an id with characters other than ASCII letters, digits and '-'", checkIDFormat},
	{"duplicate-id", Error, "two files share an id", checkDuplicateID},
	{"unknown-clause", Error, "a check item's clause is not the id of any clause", checkUnknownClause},
	{"unpaired-clause", Error, "a clause has no check item and no waiver", checkUnpairedClause},
	{"missing-aspect", Error, "a clause has check items but none for 対策 or none for 運用, and no waiver", checkMissingAspect},
	{"unknown-ref", Error, "an id in incidents that no page has", checkUnknownRef},
	{"broken-link", Error, "a relative link to a file or anchor that does not exist", checkBrokenLink},
	{"output-clash", Error, "two files, or a file and a page tokki makes, would be written to one file of the site (also when only the case differs)", checkOutputClash},
	{"unknown-question", Error, "a when names a question content/_index.md does not declare, or an answer it does not offer", checkUnknownQuestion},
	{"unknown-param", Error, "a {{name}} in a clause or check item that no parameter declares", checkUnknownParam},
	{"tailoring-ref", Error, "some answers to the questions keep a clause (or its chosen variant) or a check item but leave out a clause it links to", checkTailoringRef},
	{"theme", Error, "the theme setting names no folder under themes/, or a theme file cannot be read or parsed", checkTheme},
	{"form", Error, "a form page (様式) whose number is used twice or is not the 様式第N号 its title starts with, or a clause's forms id that is no form page", checkForm},
	{"clause-ref", Warning, "a clause text names another clause by a hand-typed 第N条 or 「caption」の定め instead of a link to its file", checkClauseRef},
	{"unknown-field", Warning, "a front-matter key the schema does not know", checkUnknownField},
	{"stale-review", Warning, "reviewed is older than review_days days", checkStaleReview},
	{"inspection-form", Warning, "a check item without question (what to ask or look at) or good (what a good answer looks like)", checkInspectionForm},
	{"suspect", Warning, "a check item whose clause changed since the item was last reviewed, or that was never reviewed", checkSuspect},
}
