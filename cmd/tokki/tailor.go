package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"reflect"
	"time"

	"github.com/spf13/cobra"
	"go.yaml.in/yaml/v3"

	"github.com/tokki-handbook/tokki/cmd/internal/content"
	"github.com/tokki-handbook/tokki/cmd/internal/tailor"
)

// answersFile is what a department keeps next to its contract.
type answersFile struct {
	Task    string            `yaml:"task"`
	Start   string            `yaml:"start"`
	End     string            `yaml:"end"`
	Answers map[string]string `yaml:"answers"`
	Params  map[string]string `yaml:"params"`
}

func newTailorCmd(g *globals) *cobra.Command {
	var answers, start, end, out, ics string
	cmd := &cobra.Command{
		Use:   "tailor --answers FILE.yaml",
		Short: "Fit the handbook to one task: its clauses, check items, inspection schedule and decision record",
		Long: `Read a task's answers (and optionally its contract dates) and write, as
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
  params: {事故報告期限: 直ちに}`,
		Example: `  tokki tailor --answers tasks/juminzei.yaml
  tokki tailor --answers tasks/juminzei.yaml -o 特記仕様書.md --ics 点検.ics
  tokki tailor --answers tasks/juminzei.yaml -o 特記仕様書.md --ics -`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if answers == "" {
				return &exitError{code: exitUsage, msg: "give the task's answers: --answers FILE.yaml"}
			}
			if ics == "-" && toStdout(out) {
				return &exitError{code: exitUsage, msg: "--ics - and the document cannot both go to stdout; give the document a file with -o"}
			}
			in, err := readAnswers(answers, start, end)
			if err != nil {
				return &exitError{code: exitUsage, msg: err.Error()}
			}
			h, err := loadHandbook(g)
			if err != nil {
				return err
			}
			if err := lintFirst(cmd, h, "not tailored"); err != nil {
				return err
			}
			r, err := tailor.Tailor(h, in)
			if err != nil {
				return &exitError{code: exitUsage, msg: fmt.Sprintf("%s: %v", answers, err)}
			}
			var buf bytes.Buffer
			if err := tailor.WriteMarkdown(&buf, r); err != nil {
				return err
			}
			if ics != "" {
				if len(r.Schedule) == 0 {
					return &exitError{code: exitUsage, msg: "--ics needs the contract's start and end dates"}
				}
				if err := writeOutput(cmd, ics, []byte(tailor.ICS(r.Schedule, r.Task))); err != nil {
					return err
				}
			}
			if err := writeOutput(cmd, out, buf.Bytes()); err != nil {
				return err
			}
			if !toStdout(out) {
				fmt.Fprintf(cmd.ErrOrStderr(), "wrote %s: %d clauses, %d check items, %d inspections\n", out, len(r.Clauses), len(r.Checks), len(r.Schedule))
			}
			return nil
		},
	}
	cmd.Flags().StringVar(&answers, "answers", "", "the task's answers `file` (YAML)")
	cmd.Flags().StringVar(&start, "start", "", "the contract's start `date` (YYYY-MM-DD), over the file's")
	cmd.Flags().StringVar(&end, "end", "", "the contract's end `date` (YYYY-MM-DD), over the file's")
	cmd.Flags().StringVarP(&out, "output", "o", "", "write to `file` instead of stdout")
	cmd.Flags().StringVar(&ics, "ics", "", "also write the inspection schedule as an iCalendar `file` (- for stdout)")
	return cmd
}

// readAnswers reads a task's answers file; start and end, when not empty,
// are the --start and --end flags, which override the file's dates.
func readAnswers(file, start, end string) (tailor.Input, error) {
	b, err := os.ReadFile(file)
	if err != nil {
		return tailor.Input{}, fmt.Errorf("cannot read the answers file: %v", err)
	}
	var f answersFile
	dec := yaml.NewDecoder(bytes.NewReader(b))
	dec.KnownFields(true)
	err = dec.Decode(&f)
	if errors.Is(err, io.EOF) || (err == nil && reflect.DeepEqual(f, answersFile{})) {
		return tailor.Input{}, fmt.Errorf("the answers file %s is empty; write the task's answers in it (tokki tailor --help shows an example)", file)
	}
	if err != nil {
		return tailor.Input{}, fmt.Errorf("%s: %v", file, err)
	}
	in := tailor.Input{Task: f.Task, Answers: f.Answers, Params: f.Params}
	type date struct {
		field, s string // where the date came from, and the date
		to       *time.Time
	}
	dates := []date{{file + ": start", f.Start, &in.Start}, {file + ": end", f.End, &in.End}}
	if start != "" {
		dates[0] = date{"--start", start, &in.Start}
	}
	if end != "" {
		dates[1] = date{"--end", end, &in.End}
	}
	for _, d := range dates {
		if d.s == "" {
			continue
		}
		t, ok := content.ParseDate(d.s)
		if !ok {
			return in, fmt.Errorf("%s: %q is not a date; write it as YYYY-MM-DD", d.field, d.s)
		}
		if err := tailor.CheckDate(d.field, t); err != nil {
			return in, err
		}
		*d.to = t
	}
	return in, nil
}
