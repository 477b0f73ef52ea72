package tailor

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"reflect"
	"time"

	"go.yaml.in/yaml/v3"

	"github.com/tokki-handbook/tokki/cmd/internal/content"
)

// answersFile is what a department keeps next to its contract:
//
//	task: 住民税通知書の印刷と封入
//	start: 2026-04-01
//	end: 2027-03-31
//	answers: {takeout: いいえ, subcontract: はい}
//	params: {事故報告期限: 直ちに}
type answersFile struct {
	Task    string            `yaml:"task"`
	Start   string            `yaml:"start"`
	End     string            `yaml:"end"`
	Answers map[string]string `yaml:"answers"`
	Params  map[string]string `yaml:"params"`
}

// ReadInput reads a task's answers file. start and end, when not empty,
// are the contract dates given on the command line (--start and --end, as
// the messages name them), which override the file's. An unknown key, an
// empty file and a date that is not YYYY-MM-DD or lies outside
// FirstYear–LastYear are errors that say what to write instead.
func ReadInput(file, start, end string) (Input, error) {
	b, err := os.ReadFile(file)
	if err != nil {
		return Input{}, fmt.Errorf("cannot read the answers file: %v", err)
	}
	var f answersFile
	dec := yaml.NewDecoder(bytes.NewReader(b))
	dec.KnownFields(true)
	err = dec.Decode(&f)
	if errors.Is(err, io.EOF) || (err == nil && reflect.DeepEqual(f, answersFile{})) {
		return Input{}, fmt.Errorf("the answers file %s is empty; write the task's answers in it (tokki tailor --help shows an example)", file)
	}
	if err != nil {
		return Input{}, fmt.Errorf("%s: %v", file, err)
	}
	in := Input{Task: f.Task, Answers: f.Answers, Params: f.Params}
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
		if err := CheckDate(d.field, t); err != nil {
			return in, err
		}
		*d.to = t
	}
	return in, nil
}
