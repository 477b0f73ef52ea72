package main

import (
	"fmt"
	"slices"
	"strings"

	"github.com/spf13/cobra"

	"github.com/tokki-handbook/tokki/cmd/internal/content"
	"github.com/tokki-handbook/tokki/cmd/internal/export"
	"github.com/tokki-handbook/tokki/cmd/internal/msg"
	"github.com/tokki-handbook/tokki/cmd/internal/tailor"
)

var exportFormats = map[string][]string{
	"checklist": {"xlsx", "csv"},
	"clauses":   {"docx", "txt"},
}

func newExportCmd(g *globals) *cobra.Command {
	var format, out, answers string
	var timing []string
	var era bool
	cmd := &cobra.Command{
		Use:   "export checklist|clauses --format FORMAT [-o FILE]",
		Short: msg.Text("Write the 遵守確認表 as Excel or CSV, or the 特記仕様書 as Word or text"),
		Long: msg.Text(`Write the 遵守確認表 (checklist: xlsx, csv) or the 特記仕様書 (clauses: docx,
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
link is written through, and a device such as /dev/stdout is written into.`),
		Example: `  tokki export checklist --format xlsx -o 遵守確認表.xlsx
  tokki export checklist --format csv --timing 定期 > 定期点検.csv
  tokki export checklist -o 点検記録.xlsx --answers tasks/juminzei.yaml --timing 定期,終了時 --era
  tokki export checklist --format xlsx -o - | ssh share 'cat > 遵守確認表.xlsx'
  tokki export clauses --format docx -o 特記仕様書.docx --answers tasks/juminzei.yaml`,
		Args:      cobra.ExactArgs(1),
		ValidArgs: []string{"checklist", "clauses"},
		RunE: func(cmd *cobra.Command, args []string) error {
			what := args[0]
			formats, ok := exportFormats[what]
			if !ok {
				return &exitError{code: exitUsage, msg: msg.Sprintf("export checklist or clauses, not %q%s", what, nearestWord(what, []string{"checklist", "clauses"}))}
			}
			if format == "" {
				format = formats[0]
			}
			if !slices.Contains(formats, format) {
				return &exitError{code: exitUsage, msg: msg.Sprintf("%s can be exported as %s, not %q%s", what, strings.Join(formats, " or "), format, nearestWord(format, formats))}
			}
			for _, t := range timing {
				if !slices.Contains(content.Timings, t) {
					return &exitError{code: exitUsage, msg: oneOf("timing", t, content.Timings)}
				}
			}
			if (format == "xlsx" || format == "docx") && out == "" {
				return &exitError{code: exitUsage, msg: msg.Sprintf("%s is a binary format; give a file with -o (or -o - to write it to stdout for a pipe)", format)}
			}
			if len(timing) > 0 && what != "checklist" {
				return &exitError{code: exitUsage, msg: msg.Text("--timing filters the checklist only")}
			}
			if era && format != "xlsx" {
				return &exitError{code: exitUsage, msg: msg.Text("--era sets the dates of the xlsx checklist only; leave it out or use --format xlsx")}
			}
			var in tailor.Input
			if answers != "" {
				var err error
				if in, err = tailor.ReadInput(answers, "", ""); err != nil {
					return &exitError{code: exitUsage, msg: err.Error()}
				}
			}
			h, err := loadHandbook(g)
			if err != nil {
				return err
			}
			if err := lintFirst(cmd, g.source, h, msg.Text("not exported")); err != nil {
				return err
			}
			doc := export.FromHandbook(h)
			if answers != "" {
				r, err := tailor.Tailor(h, in)
				if err != nil {
					return &exitError{code: exitUsage, msg: msg.Sprintf("%s: %v", answers, err)}
				}
				doc = export.FromTailored(h, r)
			}
			if err := doc.FilterTiming(timing); err != nil {
				return &exitError{code: exitUsage, msg: err.Error()}
			}
			// The handbook's calendar setting, unless --era says otherwise.
			doc.Era = h.Settings.Era
			if cmd.Flags().Changed("era") {
				doc.Era = era
			}
			var data []byte
			switch format {
			case "xlsx":
				data, err = export.XLSX(doc)
			case "csv":
				data = export.CSV(doc)
			case "docx":
				data, err = export.DOCX(doc)
			case "txt":
				data = export.Text(doc)
			}
			if err != nil {
				return &exitError{code: exitUsage, msg: err.Error()}
			}
			if err := writeOutput(cmd, out, data); err != nil {
				return err
			}
			if !toStdout(out) {
				fmt.Fprint(cmd.ErrOrStderr(), msg.Sprintf("wrote %s (%d bytes)\n", out, len(data)))
			}
			return nil
		},
	}
	cmd.Flags().StringVarP(&format, "format", "f", "", msg.Text("xlsx or csv for the checklist, docx or txt for the clauses (default: the first)"))
	cmd.Flags().StringVarP(&out, "output", "o", "", msg.Text("write to `file` (- for stdout)"))
	cmd.Flags().StringVar(&answers, "answers", "", msg.Text("one task's answers `file`, as for tokki tailor"))
	cmd.Flags().StringSliceVar(&timing, "timing", nil, msg.Text("only check items inspected at these timings (契約前, 定期, 終了時, 随時); the workbook has a sheet for each"))
	cmd.Flags().BoolVar(&era, "era", false, msg.Text("show the workbook's 点検日 in 和暦 (令和　年　月　日); the default is the handbook's calendar setting"))
	return cmd
}
