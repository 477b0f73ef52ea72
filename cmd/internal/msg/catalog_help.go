package msg

// helpJA: the help of the commands (cmd/tokki): what each does, its flags,
// and the headings of the usage text.
var helpJA = map[string]string{
	// The headings cobra writes (cmd/tokki/help.go).
	"Usage:":                  "使い方:",
	"Aliases:":                "別名:",
	"Examples:":               "例:",
	"Available Commands:":     "コマンド:",
	"Additional Commands:":    "その他のコマンド:",
	"Global Flags:":           "共通のオプション:",
	"Flags:":                  "オプション:",
	"Additional help topics:": "その他のヘルプ:",
	"Use \"%s [command] --help\" for more information about a command.": "各コマンドの詳しい説明は \"%s [コマンド] --help\" で表示できます。",
	" (default %s)":          "（既定: %s）",
	"help for %s":            "%s のヘルプを表示します",
	"version for %s":         "%s の版を表示します",
	"Help about any command": "コマンドのヘルプを表示します",
	"Help shows how to use any command: tokki help [command].":   "コマンドの使い方を表示します: tokki help [コマンド]",
	"Generate the autocompletion script for the specified shell": "シェルの入力補完スクリプトを書き出します",
	"Generate the autocompletion script for tokki for the specified shell.\nSee each sub-command's help for details on how to use the generated script.": "指定したシェルで tokki の入力補完を使うためのスクリプトを書き出します。\n使い方は各サブコマンドのヘルプを見てください。",
	"Generate the autocompletion script for %s": "%s の入力補完スクリプトを書き出します",
	"disable completion descriptions":           "補完候補に説明を付けません",

	// Short.
	"Lint, build and serve a handbook of contract clauses and their compliance checks":                "契約条項と遵守確認のハンドブックを検査し、サイトを作り、表示します",
	"Build the handbook into a static site (public/ by default)":                                      "ハンドブックから静的なサイトを作ります（既定は public/）",
	"Write the 新旧対照表 (old/new comparison) of the handbook between two Git revisions":                  "Git の二つの版の間のハンドブックの新旧対照表を書き出します",
	"Write the 遵守確認表 as Excel or CSV, or the 特記仕様書 as Word or text":                                   "遵守確認表を Excel 又は CSV で、特記仕様書を Word 又はテキストで書き出します",
	"Check the handbook against the content model":                                                    "ハンドブックに誤りや書き漏れがないかを検査します",
	"Write a new clause, check item or page with its front matter filled in":                          "フロントマターを記入済みの新しい条項、確認項目又はページを作ります",
	"Record that check items, clauses or pages were reviewed, or show what changed since":             "確認項目、条項又はページを確認したことを記録し、又はその後の変更を表示します",
	"Serve the handbook locally, rebuilding and reloading the browser on every change":                "ハンドブックをこのパソコンで表示し、変更のたびに作り直してブラウザを更新します",
	"Fit the handbook to one task: its clauses, check items, inspection schedule and decision record": "ハンドブックを一つの業務に合わせます（条項、確認項目、点検の予定、判断記録）",
	"Print tokki's version": "tokki の版を表示します",

	// Long.
	"tokki keeps a handbook of special contract clauses (特記仕様書), the check items\nthat verify them (遵守確認表) and the guide that explains both (利用説明書) honest:\nit lints that every clause has check items for both aspects and that every\nreference resolves, and builds the handbook into a static site.": `tokki は、特記仕様書の条項、それを確かめる確認項目（遵守確認表）、両方を説明する
利用説明書からなるハンドブックを正しく保ちます。どの条項にも両方の観点の確認項目が
あること、どの参照もたどれることを検査し、ハンドブックから静的なサイトを作ります。`,
	`Build the handbook into a static site that works opened straight from disk
(file://) as well as from any web server: the pages, the 特記仕様書 and the
遵守確認表 as whole documents, and the search index.

The handbook is linted first; any error stops the build before the site is
made (and is printed). Warnings do not stop it; more than 20 are counted by rule rather
than listed (tokki lint lists them). The site is written only into a new or empty
folder, or one that an earlier build wrote (it keeps a list of its files,
.tokki-manifest.json); anything else is refused unless --force is given, and
never the handbook itself, a folder holding it, / or your home. The new
files are moved in only when all are written, so a failed or interrupted
build leaves the previous site as it was; a rebuild removes only the files
the previous build wrote, and keeps (and names) any other.`: `ハンドブックから静的なサイトを作ります。ファイルを直接開いても（file://）、
Web サーバに置いても見られます。各ページ、特記仕様書と遵守確認表の全文、検索用の
索引を書き出します。

作る前にハンドブックを検査し、エラーが一つでもあればサイトを作らずにやめます（エラーは
表示します）。警告では止まりません。警告が 20 件を超えると規則ごとの件数だけを
表示します（全部は tokki lint で見られます）。書き出し先は、新しいフォルダ、空の
フォルダ、又は以前の build が書いたフォルダ（書いたファイルの一覧
.tokki-manifest.json があります）に限ります。それ以外は --force を付けない限り
書きません。ハンドブック自体、それを含むフォルダ、/、ホームフォルダには決して
書きません。新しいファイルは全部書けてから入れ替えるので、失敗したり中断したり
しても前のサイトはそのまま残ります。作り直すときは、前の build が書いたファイル
だけを消し、それ以外のファイルは残します（残したファイルは表示します）。`,
	`Compare the clauses, check items and pages between two Git revisions (REV2
defaults to the working tree) and write the 新旧対照表: for each added, removed
or changed clause, check item and page under content/, the new text (改正後,
left) and the old text (改正前, right) side by side, the changed characters
underlined. Texts are compared as they read: links show their text. Clauses
are matched by id, so a renumbered article shows as moved. Markdown on stdout
by default (for a pull-request comment); --format html writes a page to print
(A4 landscape; a paragraph never splits over two pages). --omit-unchanged
shows a 解説 that did not change as （略）.`: `Git の二つの版（REV2 を省くと今の作業中のファイル）の間で条項、確認項目、
ページを比べ、新旧対照表を書き出します。追加、削除又は変更された条項、確認項目、
content/ のページごとに、新しい文（改正後、左）と古い文（改正前、右）を並べ、
変わった文字に下線を引きます。文は読んだとおりに比べます（リンクはその文字を
表示します）。条項は id で対応させるので、番号が変わった条は移動として示します。
既定では Markdown を標準出力に書きます（プルリクエストのコメント向け）。
--format html は印刷用のページを書きます（A4 横、段落は二つのページに分かれません）。
--omit-unchanged を付けると、変わっていない解説を（略）と表示します。`,
	`Write the 遵守確認表 (checklist: xlsx, csv) or the 特記仕様書 (clauses: docx,
txt) of the whole handbook, or of one task with --answers (as tokki tailor).
The workbook is an inspection form: a header block to fill in (業務名 from
--answers, 受注者, 点検日, 点検者, the timing), then the table, whose header
row is frozen and printed on every page, with a drop-down on 結果; A4
landscape, page numbers in the footer. With --timing each timing named gets
its own sheet; --era prints the 点検日 as 令和　年　月　日 and shows a date
typed into it in 和暦 (the default with calendar: 和暦 in content/_index.md;
--era=false turns it off). The CSV is UTF-8 with a BOM for Excel on
Japanese Windows, and a cell that Excel would run as a formula (one that
starts with =, +, -, @, a tab or a carriage return) gets a leading ' so that
it shows as text; the Word document is A4 portrait in Mincho with page
numbers.

The handbook is linted first: an error stops the export (exit 1). Text
formats go to stdout without -o; binary ones need -o, and -o - writes them
to stdout for a pipe. A file is written whole or not at all; a symbolic
link is written through, and a device such as /dev/stdout is written into.`: `ハンドブック全体の、又は --answers で一つの業務の（tokki tailor と同じ）
遵守確認表（checklist: xlsx、csv）又は特記仕様書（clauses: docx、txt）を書き出します。
Excel のブックは点検表の形です。記入欄（--answers の業務名、受注者、点検日、点検者、
点検の時期）の下に表があり、見出しの行は固定されて各ページに印刷され、結果は
一覧から選べます。A4 横で、フッターにページ番号が入ります。--timing で指定した
時期ごとにシートを分けます。--era を付けると点検日を「令和　年　月　日」と印刷し、
入力した日付を和暦で表示します（content/_index.md に calendar: 和暦 があれば既定で
そうなり、--era=false で止められます）。CSV は日本語版 Windows の Excel で開ける
よう BOM 付きの UTF-8 で書き、Excel が数式として実行してしまうセル（=、+、-、@、
タブ又は復帰で始まるもの）の先頭には ' を付けて文字として表示させます。Word の
文書は A4 縦、明朝体で、ページ番号が入ります。

先にハンドブックを検査し、エラーがあれば書き出しません（終了コード 1）。テキストの
形式は -o がなければ標準出力に書きます。バイナリの形式には -o が必要で、-o - で
パイプ向けに標準出力に書きます。ファイルは全部書くか、何も書かないかのどちらか
です。シンボリックリンクはリンク先に書き、/dev/stdout のようなデバイスにはその
まま書きます。`,
	`Check every clause, check item and page of the handbook and print all findings,
sorted by file and line. With PATHs (files or folders relative to --source,
or from the current folder as the findings show them), only findings in
them are printed; the whole handbook is still read, since references cross
files.

Paths are shown from the current folder when the handbook is in it (so
--source docs/handbook prints docs/handbook/clauses/...), else from the
handbook's root. The github and sarif formats show them from the root of
the Git repository holding the handbook, where GitHub looks for them.

Exit status: 0 no error, 1 at least one error (with --strict, at least one
finding of any severity), 2 could not run.`: `ハンドブックのすべての条項、確認項目、ページを検査し、見つかったことをファイル順・
行順にすべて表示します。PATH（--source からの、又は表示されるとおりの今のフォルダ
からのファイルやフォルダ）を指定すると、その中で見つかったことだけを表示します。
参照はファイルをまたぐので、読むのはハンドブック全体です。

パスは、ハンドブックが今のフォルダの中にあれば今のフォルダから（--source
docs/handbook なら docs/handbook/clauses/...）、なければハンドブックのルートから
表示します。github と sarif の形式では、GitHub が探すとおり、ハンドブックを含む
Git リポジトリのルートから表示します。

終了コード: 0 エラーなし、1 エラーが一つ以上（--strict では、警告を含めて一つ以上）、
2 実行できなかった。`,
	`Write a new file with the front-matter skeleton filled in and print its path;
what to fill in is printed on stderr (the file holds no comments to delete).
A clause gets the next free id (C-NN) and order; a check item gets the next
id for its clause (K-NN-n); every file gets today's date as reviewed. PATH is
optional for clauses and check items and required for pages (relative to
content/). A clause's or check item's file is named after its id and the
Latin letters and digits of its title (生成AIの利用 gives c39-ai.md; a title
without any gives c39.md), or after --slug. An existing file is never
overwritten.`: `フロントマターのひな形を記入した新しいファイルを作り、そのパスを表示します。
何を書き足せばよいかは標準エラー出力に表示します（ファイルには消すべき注釈を入れません）。
条項には空いている次の id（C-NN）と order を、確認項目にはその条項の次の id
（K-NN-n）を付け、どのファイルにも今日の日付を reviewed に書きます。PATH は、
条項と確認項目では省けますが、ページでは必要です（content/ からのパス）。条項や
確認項目のファイル名は、id と title の半角英数字から付けます（生成AIの利用 なら
c39-ai.md、英数字がなければ c39.md）。--slug で指定もできます。既にあるファイルは
決して上書きしません。`,
	`After reading a check item together with its clause, record the review: the
item's reviewed_clause gets the clause's fingerprint (its id and title, text
and rationale) and reviewed gets today's date. lint's suspect rule then stays
quiet until the clause changes again. Nothing else in the file changes.

Give check item ids, or --clause for every item of a clause, or --all for
every suspect item (after reading them all). A clause id (C-09) or the path
of a page (content/guide/budget.md) records that the clause or page itself
was reviewed: its reviewed date is set to today, which lint's stale-review
rule reads.

--show prints, for each check item named (or each item of a clause named),
what changed in its clause since the item was reviewed: tokki finds in the
clause file's Git history the version the item was reviewed against and
marks the changed characters as [-removed-]{+added+}. It changes no file.`: `確認項目をその条項と一緒に読んだ後で、確認したことを記録します。確認項目の
reviewed_clause に条項の指紋（id、見出し、本文、解説から作る値）を、reviewed に
今日の日付を書きます。これで、条項がまた変わるまで lint の suspect の規則は何も
言いません。ファイルのほかの部分は変えません。

確認項目の id を指定するか、条項のすべての確認項目なら --clause、確認が必要な
すべての確認項目なら（全部読んだ後で）--all を指定します。条項の id（C-09）や
ページのパス（content/guide/budget.md）を指定すると、その条項やページ自体を
確認したことを記録します。reviewed を今日の日付にし、lint の stale-review の
規則はそれを読みます。

--show は、指定した確認項目（又は指定した条項の各確認項目）ごとに、確認した後で
条項の何が変わったかを表示します。tokki は条項のファイルの Git の履歴から確認した
ときの版を探し、変わった文字を [-削除-]{+追加+} の形で示します。ファイルは変えません。`,
	`Build the handbook into memory (public/ is not touched), serve it, and watch
clauses/, checklist/, content/ and themes/. After each change the pages it
reaches are rebuilt and open pages reload by themselves; lint findings are
printed here. While the handbook has a lint error, the last good site stays
up and the browser shows the findings over the page until the file is fixed.
Nothing is opened by itself. Ctrl-C stops it.

It listens on 127.0.0.1, for this machine only, and answers only requests
addressed to localhost, 127.0.0.1 or [::1], so that a page of another site
cannot read the handbook through the browser. With --bind 0.0.0.0 (or a
network address) other machines reach it by this machine's address or name.`: `ハンドブックからメモリ上にサイトを作って（public/ には触れません）表示し、
clauses/、checklist/、content/、themes/ を見張ります。変更があるたびに関係する
ページを作り直し、開いているページは自動で更新されます。検査で見つかったことは
ここに表示します。ハンドブックにエラーがある間は、最後に正しく作れたサイトを
表示したまま、ファイルが直るまでブラウザのページの上にエラーを表示します。
ブラウザは自動では開きません。Ctrl-C で止まります。

127.0.0.1 で待ち受けるので、このパソコンからしか見られません。また、localhost、
127.0.0.1、[::1] 宛ての要求にしか応えないので、ほかのサイトのページがブラウザを
通してハンドブックを読むことはできません。--bind 0.0.0.0（又はネットワークの
アドレス）を付けると、ほかのパソコンからこのパソコンのアドレスや名前で見られます。`,
	`  tokki serve
  tokki serve --port 0          # any free port; the URL is printed
  tokki serve --poll            # for network drives where change notices do not arrive
  tokki serve --bind 0.0.0.0    # for colleagues on the same network`: `  tokki serve
  tokki serve --port 0          # 空いているポートを使う（URL を表示します）
  tokki serve --poll            # 変更の通知が届かないネットワークドライブで
  tokki serve --bind 0.0.0.0    # 同じネットワークの同僚にも見せる`,
	`Read a task's answers (and optionally its contract dates) and write, as
Markdown, the 特記仕様書 for that task (clauses that apply, renumbered 第1条…,
variants chosen, parameters filled), its 遵守確認表, the inspection schedule,
and the 判断記録: which clauses were left out or replaced and why, the
answers and the values used. Keep the answers file in Git next to the
contract. The handbook is linted first: an error stops it (exit 1). The
answers file:

  task: 住民税通知書の印刷と封入
  start: 2026-04-01
  end: 2027-03-31
  answers: {takeout: いいえ, subcontract: はい}
  params: {事故報告期限: 直ちに}`: `業務の回答（と、あれば契約の期間）を読み、その業務の特記仕様書（当てはまる条項を
第1条から番号を振り直し、書き分けを選び、パラメータを埋めたもの）、遵守確認表、
点検の予定、判断記録（どの条項をなぜ外したか置き換えたか、回答と使った値）を
Markdown で書き出します。回答のファイルは契約書と一緒に Git で管理してください。
先にハンドブックを検査し、エラーがあれば止まります（終了コード 1）。回答のファイル:

  task: 住民税通知書の印刷と封入
  start: 2026-04-01
  end: 2027-03-31
  answers: {takeout: いいえ, subcontract: はい}
  params: {事故報告期限: 直ちに}`,

	// Flags.
	"the handbook's root `folder` (holding clauses/, checklist/, content/)":                                                      "ハンドブックのルートのフォルダ（clauses/、checklist/、content/ があるところ）",
	"output `format`: text, json, github or sarif":                                                                               "出力の形式: text、json、github 又は sarif",
	"fail (exit 1) on warnings too, as CI should":                                                                                "警告でも失敗にします（終了コード 1）。CI ではこれを使ってください",
	"the `folder` to write the site to (default: public/ in the handbook)":                                                       "サイトを書き出すフォルダ（既定はハンドブックの public/）",
	"write into a folder that no tokki build wrote, keeping its files (never the handbook, a folder holding it, / or your home)": "tokki build が書いたのではないフォルダにも、中のファイルを残したまま書きます（ハンドブック、それを含むフォルダ、/、ホームフォルダには書きません）",
	"write a Go CPU profile of the build to `file` (for go tool pprof)":                                                          "build の Go の CPU プロファイルをファイルに書きます（go tool pprof 用）",
	"`format`: markdown or html":                                                                                                 "形式: markdown 又は html",
	"show a 解説 that did not change as （略）":                                                                                       "変わっていない解説を（略）と表示します",
	"write to `file` (- for stdout)":                                                                                             "ファイルに書きます（- で標準出力）",
	"write to `file` instead of stdout (- for stdout)":                                                                           "標準出力ではなくファイルに書きます（- で標準出力）",
	"write to `file` instead of stdout":                                                                                          "標準出力ではなくファイルに書きます",
	"xlsx or csv for the checklist, docx or txt for the clauses (default: the first)":                                            "checklist は xlsx 又は csv、clauses は docx 又は txt（既定は前の方）",
	"only check items inspected at these timings (契約前, 定期, 終了時, 随時); the workbook has a sheet for each":                          "この点検の時期（契約前、定期、終了時、随時）の確認項目だけにします。Excel ではそれぞれ別のシートになります",
	"one task's answers `file`, as for tokki tailor":                                                                             "一つの業務の回答のファイル（tokki tailor と同じもの）",
	"show the workbook's 点検日 in 和暦 (令和\u3000年\u3000月\u3000日); the default is the handbook's calendar setting":                    "Excel の点検日を和暦（令和\u3000年\u3000月\u3000日）で表示します。既定はハンドブックの calendar の設定に従います",
	"for a check item: the `id` of the clause it checks":                                                                         "確認項目では、確かめる条項の id",
	"for a check item: 対策 (a measure exists) or 運用 (it is operated)":                                                             "確認項目では、対策（対策が用意されている）又は運用（実際に行われている）",
	"for a clause or check item: name the file c39-`words`.md (ASCII letters, digits, '-')":                                      "条項や確認項目では、ファイル名を c39-語.md にします（半角英数字と「-」）",
	"the title": "title（見出し）",
	"use this `id` instead of the next free one":                                           "空いている次の id ではなく、この id を使います",
	"record who reviewed (reviewed_by)":                                                    "確認した人を記録します（reviewed_by）",
	"review every check item of this clause `id`":                                          "この条項の id のすべての確認項目を確認済みにします",
	"review every suspect check item":                                                      "確認が必要なすべての確認項目を確認済みにします",
	"show what changed in the clause since each item named was reviewed (changes no file)": "指定した確認項目を確認した後で条項の何が変わったかを表示します（ファイルは変えません）",
	"the `address` to listen on":                                                           "待ち受けるアドレス",
	"the `port` to listen on (0: any free port)":                                           "待ち受けるポート（0 なら空いているポート）",
	"look for changes every 500 ms instead of relying on the system's file notifications":  "システムのファイル変更の通知に頼らず、500 ミリ秒ごとに変更を確かめます",
	"the task's answers `file` (YAML)":                                                     "業務の回答のファイル（YAML）",
	"the contract's start `date` (YYYY-MM-DD), over the file's":                            "契約の開始日（YYYY-MM-DD）。ファイルの値より優先します",
	"the contract's end `date` (YYYY-MM-DD), over the file's":                              "契約の終了日（YYYY-MM-DD）。ファイルの値より優先します",
	"also write the inspection schedule as an iCalendar `file` (- for stdout)":             "点検の予定も iCalendar のファイルに書きます（- で標準出力）",
	"Write the script that completes tokki's commands, ids and values in %s.\n\nTo use it in this session:\n\n  %s\n\nTo use it in every session, add that line to the shell's settings file (for PowerShell, to $PROFILE).": "%s で tokki のコマンド、id、値を補完するスクリプトを書き出します。\n\nこのセッションで使うには:\n\n  %s\n\nいつも使うには、その行をシェルの設定ファイル（PowerShell では $PROFILE）に加えてください。",
}
