package main

import (
	"bytes"
	"fmt"

	"github.com/spf13/cobra"

	"github.com/tokki-handbook/tokki/cmd/internal/msg"
	"github.com/tokki-handbook/tokki/cmd/internal/tailor"
)

func newTailorCmd(g *globals) *cobra.Command {
	var answers, start, end, out, ics string
	cmd := &cobra.Command{
		Use:   "tailor --answers FILE.yaml",
		Short: msg.Text("Fit the handbook to one task: its clauses, check items, inspection schedule and decision record"),
		Long: msg.Text(`Read a task's answers (and optionally its contract dates) and write, as
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
  params: {事故報告期限: 直ちに}`),
		Example: `  tokki tailor --answers tasks/juminzei.yaml
  tokki tailor --answers tasks/juminzei.yaml -o 特記仕様書.md --ics 点検.ics
  tokki tailor --answers tasks/juminzei.yaml -o 特記仕様書.md --ics -`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if answers == "" {
				return &exitError{code: exitUsage, msg: msg.Text("give the task's answers: --answers FILE.yaml")}
			}
			if ics == "-" && toStdout(out) {
				return &exitError{code: exitUsage, msg: msg.Text("--ics - and the document cannot both go to stdout; give the document a file with -o")}
			}
			in, err := tailor.ReadInput(answers, start, end)
			if err != nil {
				return &exitError{code: exitUsage, msg: err.Error()}
			}
			h, err := loadHandbook(g)
			if err != nil {
				return err
			}
			if err := lintFirst(cmd, g.source, h, msg.Text("not tailored")); err != nil {
				return err
			}
			r, err := tailor.Tailor(h, in)
			if err != nil {
				return &exitError{code: exitUsage, msg: msg.Sprintf("%s: %v", answers, err)}
			}
			if note := tailor.HolidaysNote(r.Schedule); note != "" {
				fmt.Fprint(cmd.ErrOrStderr(), msg.Sprintf("tokki: warning: inspections after %d are not checked against national holidays (tokki's table ends there); update tokki\n", tailor.HolidaysTo))
			}
			var buf bytes.Buffer
			if err := tailor.WriteMarkdown(&buf, r); err != nil {
				return err
			}
			if ics != "" {
				if len(r.Schedule) == 0 {
					return &exitError{code: exitUsage, msg: msg.Text("--ics needs the contract's start and end dates")}
				}
				if err := writeOutput(cmd, ics, []byte(tailor.ICS(r.Schedule, r.Task))); err != nil {
					return err
				}
			}
			if err := writeOutput(cmd, out, buf.Bytes()); err != nil {
				return err
			}
			if !toStdout(out) {
				fmt.Fprint(cmd.ErrOrStderr(), msg.Sprintf("wrote %s: %d clauses, %d check items, %d inspections\n", out, len(r.Clauses), len(r.Checks), len(r.Schedule)))
			}
			return nil
		},
	}
	cmd.Flags().StringVar(&answers, "answers", "", msg.Text("the task's answers `file` (YAML)"))
	cmd.Flags().StringVar(&start, "start", "", msg.Text("the contract's start `date` (YYYY-MM-DD), over the file's"))
	cmd.Flags().StringVar(&end, "end", "", msg.Text("the contract's end `date` (YYYY-MM-DD), over the file's"))
	cmd.Flags().StringVarP(&out, "output", "o", "", msg.Text("write to `file` instead of stdout"))
	cmd.Flags().StringVar(&ics, "ics", "", msg.Text("also write the inspection schedule as an iCalendar `file` (- for stdout)"))
	return cmd
}
