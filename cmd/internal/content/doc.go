// Package content loads a tokki handbook into typed values that remember
// where every front-matter key and value stands in its file.
//
// # Layout
//
// A handbook is a folder with three source folders:
//
//	clauses/**/*.md     特記仕様書の条文, one clause per file          (Clause)
//	checklist/**/*.md   遵守確認表の確認項目, one check item per file   (Check)
//	content/**/*.md     利用説明書 and every other page               (Page)
//
// content/_index.md is the home page and also carries the handbook's
// settings (Settings). Pages under content/incidents/ other than its
// _index.md are incident pages, which clauses cite by id; pages under
// content/forms/ other than its _index.md are forms (様式), which clauses
// cite by id in forms and the site offers as Word documents too. Files whose names
// start with "." and files named README.md in clauses/ and checklist/ are not
// part of the handbook; files other than *.md are assets.
//
// Nothing outside the handbook folder is read (source.go): DirFS keeps to
// the folder (os.Root), and a symbolic link that leads outside it (or to a
// hidden file such as .git/config), a named pipe, a device, a socket, a
// link to a folder, a file that cannot be read and an asset larger than
// MaxAssetSize are left out unread, in the source folders and in the theme
// in use alike, and listed in Handbook.Skipped.
//
// # Front-matter keys
//
// Clause:
//
//	id         required  unique id; ASCII letters, digits and '-'
//	title      required  the article's heading
//	order      required  positive whole number: the article number (第N条)
//	rationale  required  解説: why the clause exists, plain Japanese
//	stages     optional  list from: 要件の伝達, 委託事業者の選定, 委託事業者との契約, 実施状況の確認
//	incidents  optional  list of incident page ids
//	forms      optional  list of form page ids: the 様式 the clause asks for
//	sources    optional  list of citations (free text)
//	reviewed   optional  date of the last review, YYYY-MM-DD (tokki review C-NN writes it)
//	reviewed_by  optional  who reviewed it last
//	waiver     optional  why the clause has no check item
//	when       optional  tailoring condition (below): the clause is in a task's
//	                     特記仕様書 only when the answers meet it
//	variants   optional  list of {when, text}: an alternative body for some
//	                     answers; the first variant whose when holds replaces
//	                     the body in a tailored 特記仕様書
//
// Check item:
//
//	id         required  unique id
//	clause     required  id of the clause it checks
//	title      required
//	aspect     required  対策 (a measure exists) or 運用 (it is operated)
//	timing     required  non-empty list from: 契約前, 定期, 終了時, 随時
//	method     optional  list from: 書面, ヒアリング, 実地
//	evidence   optional  what the inspector looks at
//	rationale  required  why the check is needed
//	question   expected  what the inspector asks or looks at, in one or two
//	                     sentences (the 遵守確認表's 確認内容 column)
//	good       expected  what a good answer looks like (its よい状態 column);
//	                     lint's inspection-form rule warns when either is
//	                     missing, and the body keeps the longer guidance
//	reviewed   optional  YYYY-MM-DD
//	reviewed_clause  optional  the clause's fingerprint when the item was last reviewed (tokki review writes it)
//	reviewed_by      optional  who reviewed it last
//	when       optional  tailoring condition (below), as on a clause
//
// Page:
//
//	title        required
//	order        optional  whole number, for menus
//	id           optional; required on incident pages
//	date         optional  YYYY-MM-DD, YYYY-MM or YYYY (when an incident happened)
//	description  optional  one sentence for menus and search results
//	reviewed     optional  YYYY-MM-DD, the last review (tokki review PATH writes
//	                       it; lint's stale-review rule reads it)
//	reviewed_by  optional  who reviewed it last
//
// A form page (content/forms/*.md other than _index.md) also takes, and
// needs an id:
//
//	form         required  positive whole number N: the form is 様式第N号, its
//	                       title starts so, and its Word download is
//	                       downloads/forms/form-N.docx
//
// The home page (content/_index.md) also takes the settings:
//
//	review_days  optional  positive whole number: how many days a reviewed date stays fresh
//	theme        optional  the theme folder under themes/ (default: "default")
//	calendar     optional  西暦 (the default) or 和暦: how the 遵守確認表's
//	                       inspection form prints its 点検日 (令和　年　月　日)
//	                       and formats a date typed into the workbook
//	params       optional  list of {name, label, default}: the values a task
//	                       fills in where clause text says {{name}}
//	questions    optional  list of {id, text, note, answers, default,
//	                       from_dates}: what a department answers about a task;
//	                       answers lists at least two choices, default is one
//	                       of them (the first when omitted). from_dates: true
//	                       marks the question of the contract's length (at most
//	                       one, with two answers): a task that gives its dates
//	                       is answered from them, the first answer for three
//	                       months or more (the inspection schedule's line), the
//	                       second for less
//	terms        optional  list of {use, avoid, synonyms, allow, note}: the
//	                       handbook's words. use is the spelling the handbook
//	                       writes; lint's term rule reports each avoid spelling;
//	                       allow lists right spellings that hold an avoided one
//	                       (the verb 届け出る beside the noun 届出, avoid 届け出;
//	                       a use spelling never needs listing); synonyms are
//	                       words readers type, which search folds onto use; note
//	                       says why. A spelling (use, avoid or synonym) belongs
//	                       to one entry only; an entry with a problem is
//	                       reported and left out, the others are kept
//	prose        optional  the limits of lint's prose rules, a set of keys:
//	                       sentence-length (characters per sentence in guide
//	                       pages, check items and 解説; default 100),
//	                       clause-sentence-length (in clause text: the body and
//	                       variants; default 150), comma-count (読点 per
//	                       sentence; default 4), each a whole number of 1 or
//	                       more, and off, the prose rules (sentence-length,
//	                       comma-count, style-mix, punctuation, width,
//	                       doubled-particle) turned off for the whole handbook
//
// A tailoring condition (when) is a set of question: answer pairs, e.g.
// {takeout: はい}; it holds when every named question has that answer.
//
// # Why the front matter is decoded here and not by goldmark-meta
//
// The project has never used goldmark-meta, goldmark's front-matter
// extension, and this is the one place that says why. It decodes YAML with
// yaml.v2 into a map, which is fine for rendering and wrong for a linter: it
// keeps no positions, keeps the last of two duplicate keys without a word,
// reads y, on and yes as true, and treats a front matter whose closing ---
// is missing as if the whole file were front matter. So the loader splits
// the front matter itself, decodes it with the yaml/v3 node API (which gives
// every key and value its line and column and keeps scalars as the text the
// editor wrote), and checks each key against a typed schema. Duplicate
// keys, wrong types and unknown keys become Problems, never silently empty
// fields. The Markdown body stays in the file's coordinates: the front
// matter is replaced by as many newlines as it took, so that goldmark's byte
// offsets map to the file's own line numbers.
//
// # Encodings
//
// UTF-8 with or without a byte-order mark, and LF, CRLF or CR line endings,
// all load to the same text. Invalid UTF-8 is a Problem naming the first bad
// line (the bad bytes are replaced by U+FFFD so the rest of the file is still
// checked); a file with NUL bytes (binary) or one larger than MaxFileSize is
// a Problem and is not decoded.
package content
