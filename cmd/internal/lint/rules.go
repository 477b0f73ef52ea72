package lint

import "github.com/tokki-handbook/tokki/cmd/internal/msg"

// Rules is every rule, in the order of the content model's table. A new rule
// is a file with its check function and a line here; its summary is English,
// Marked for the catalog, and said in the user's language where it is shown.
var Rules = []Rule{
	{"encoding", Error, msg.Mark("a file that is not UTF-8 text (or is binary)"), checkEncoding},
	{"file-size", Error, msg.Mark("a Markdown file larger than 2 MB, or another file larger than 64 MB (such a file is not read)"), checkFileSize},
	{"outside-link", Error, msg.Mark("a symbolic link in a source folder or the theme that leads outside the handbook, is absolute, or leads to a hidden file such as .git/config (it is not read)"), checkOutsideLink},
	{"special-file", Error, msg.Mark("a named pipe, device, socket or link to a folder in a source folder or the theme (it is not read)"), checkSpecialFile},
	{"unreadable-file", Error, msg.Mark("a file in a source folder or the theme that cannot be read"), checkUnreadableFile},
	{"frontmatter", Error, msg.Mark("front matter missing, unterminated, not valid YAML, or with a key given twice"), checkFrontMatter},
	{"required", Error, msg.Mark("a required field is missing or empty"), checkRequired},
	{"invalid-value", Error, msg.Mark("a value outside the vocabulary, a malformed date, a wrong type, or a clause order used twice"), checkInvalidValue},
	{"id-format", Error, msg.Mark("an id with characters other than ASCII letters, digits and '-'"), checkIDFormat},
	{"duplicate-id", Error, msg.Mark("two files share an id"), checkDuplicateID},
	{"unknown-clause", Error, msg.Mark("a check item's clause is not the id of any clause"), checkUnknownClause},
	{"unpaired-clause", Error, msg.Mark("a clause has no check item and no waiver"), checkUnpairedClause},
	{"missing-aspect", Error, msg.Mark("a clause has check items but none for 対策 or none for 運用, and no waiver"), checkMissingAspect},
	{"unknown-ref", Error, msg.Mark("an id in incidents that no page has"), checkUnknownRef},
	{"broken-link", Error, msg.Mark("a relative link to a file or anchor that does not exist"), checkBrokenLink},
	{"output-clash", Error, msg.Mark("two files, or a file and a page tokki makes, would be written to one file of the site (also when only the case differs)"), checkOutputClash},
	{"unknown-question", Error, msg.Mark("a when names a question content/_index.md does not declare, or an answer it does not offer"), checkUnknownQuestion},
	{"unknown-param", Error, msg.Mark("a {{name}} in a clause or check item that no parameter declares"), checkUnknownParam},
	{"tailoring-ref", Error, msg.Mark("some answers to the questions keep a clause (or its chosen variant) or a check item but leave out a clause it links to"), checkTailoringRef},
	{"theme", Error, msg.Mark("the theme setting names no folder under themes/, or a theme file cannot be read or parsed"), checkTheme},
	{"form", Error, msg.Mark("a form page (様式) whose number is used twice or is not the 様式第N号 its title starts with, or a clause's forms id that is no form page"), checkForm},
	{"clause-ref", Warning, msg.Mark("a clause text names another clause by a hand-typed 第N条 or 「caption」の定め instead of a link to its file"), checkClauseRef},
	{"unknown-field", Warning, msg.Mark("a front-matter key the schema does not know"), checkUnknownField},
	{"stale-review", Warning, msg.Mark("reviewed is older than review_days days"), checkStaleReview},
	{"inspection-form", Warning, msg.Mark("a check item without question (what to ask or look at) or good (what a good answer looks like)"), checkInspectionForm},
	{"term", Warning, msg.Mark("a spelling the terms setting in content/_index.md avoids, in a body or a front-matter value (code, links, block quotes and quoted source titles aside)"), checkTerm},
	{"holiday-table", Warning, msg.Mark("tokki's table of national holidays, which inspection dates are moved off, no longer covers next year"), checkHolidayTable},
	{"suspect", Warning, msg.Mark("a check item whose clause changed since the item was last reviewed, or that was never reviewed"), checkSuspect},
	{"sentence-length", Warning, msg.Mark("a sentence longer than prose: sentence-length characters (100) in a guide page, a check item or a 解説, or clause-sentence-length (150) in clause text"), checkSentenceLength},
	{"comma-count", Warning, msg.Mark("a sentence with more 読点 (、) than prose: comma-count (4), not counting those between two nouns (A、B、C)"), checkCommaCount},
	{"style-mix", Warning, msg.Mark("a clause sentence in です・ます, or a sentence of a guide page, check item or 解説 in である調"), checkStyleMix},
	{"punctuation", Warning, msg.Mark("，．or an ASCII , . used as Japanese punctuation; write 、。"), checkPunctuation},
	{"width", Warning, msg.Mark("full-width letters or digits (Ａ１), or half-width kana (ｶﾅ)"), checkWidth},
	{"doubled-particle", Warning, msg.Mark("the same case particle twice with one word between (発注者に事前に)"), checkDoubledParticle},
}
