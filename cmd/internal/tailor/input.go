package tailor

import (
	"bytes"
	"errors"
	"io"
	"io/fs"
	"os"
	"reflect"
	"regexp"
	"strings"
	"syscall"
	"time"

	"go.yaml.in/yaml/v3"

	"github.com/tokki-handbook/tokki/cmd/internal/content"
	"github.com/tokki-handbook/tokki/cmd/internal/msg"
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
		return Input{}, msg.Errorf("cannot read the answers file %s: %s", file, fileProblem(err))
	}
	var f answersFile
	dec := yaml.NewDecoder(bytes.NewReader(b))
	dec.KnownFields(true)
	err = dec.Decode(&f)
	if errors.Is(err, io.EOF) || (err == nil && reflect.DeepEqual(f, answersFile{})) {
		return Input{}, msg.Errorf("the answers file %s is empty; write the task's answers in it (tokki tailor --help shows an example)", file)
	}
	if err != nil {
		return Input{}, msg.Errorf("%s: %s", file, yamlProblem(b, err))
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
			return in, msg.Errorf("%s: %q is not a date; write it as YYYY-MM-DD", d.field, d.s)
		}
		if err := CheckDate(d.field, t); err != nil {
			return in, err
		}
		*d.to = t
	}
	return in, nil
}

// fileProblem says why the answers file cannot be read, in the user's
// terms.
func fileProblem(err error) string {
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return msg.Text("it does not exist; check its name and folder (a relative path starts from the folder tokki runs in)")
	case errors.Is(err, fs.ErrPermission):
		return msg.Text("you do not have permission to read it")
	case errors.Is(err, syscall.EISDIR):
		return msg.Text("it is a folder; give the YAML file in it")
	}
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err.Error()
	}
	return err.Error()
}

var (
	typeErrorRE    = regexp.MustCompile(`^line (\d+): (.*)$`)
	unknownFieldRE = regexp.MustCompile(`field (\S+) not found`)
)

// yamlProblem says what is wrong in an answers file that does not read:
// the line, and what to write there.
func yamlProblem(src []byte, err error) string {
	var te *yaml.TypeError
	if !errors.As(err, &te) {
		line, why := content.ExplainYAML(src, err)
		if line > 0 {
			return msg.Sprintf("line %d: %s", line, why)
		}
		return why
	}
	var out []string
	for _, e := range te.Errors {
		line, what := "", e
		if m := typeErrorRE.FindStringSubmatch(e); m != nil {
			line, what = msg.Sprintf("line %s: ", m[1]), m[2]
		}
		switch {
		case unknownFieldRE.MatchString(what):
			what = msg.Sprintf("%s is not a key of an answers file; the keys are task, start, end, answers and params",
				unknownFieldRE.FindStringSubmatch(what)[1])
		case strings.Contains(what, "into map"):
			what = msg.Text("this value must be a set of 'name: value' pairs, e.g. answers: {takeout: いいえ}")
		case strings.Contains(what, "into string"):
			what = msg.Text("this value must be a single text, not a list or a set of keys")
		}
		out = append(out, line+what)
	}
	return strings.Join(out, "; ")
}
