package review

import (
	"bytes"
	"os"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"go.yaml.in/yaml/v3"

	"github.com/tokki-handbook/tokki/cmd/internal/atomicfile"
	"github.com/tokki-handbook/tokki/cmd/internal/content"
	"github.com/tokki-handbook/tokki/cmd/internal/msg"
)

// Suspect lists the check items whose clause changed since they were last
// reviewed, or that were never reviewed (the suspect lint rule's list).
func Suspect(h *content.Handbook) []*content.Check {
	var out []*content.Check
	for _, k := range h.Checks {
		cl := h.ClauseByID(k.Clause)
		if cl == nil || !k.Decoded {
			continue
		}
		stamp, ok := Parse(str(k.Doc, "reviewed_clause"))
		if !ok || len(Of(cl).Changes(stamp)) > 0 {
			out = append(out, k)
		}
	}
	return out
}

func str(d *content.Doc, key string) string {
	s, _ := d.Value(key).(string)
	return s
}

// Stamp records in a check item's file (at file, on disk) that it was
// reviewed today against its clause as it is now: it sets reviewed_clause
// and reviewed, and reviewed_by when by is not empty. Nothing else in the
// file changes, byte for byte: comments, key order, quoting of other keys,
// the byte-order mark and the line endings stay as they were. A key that is
// missing is added after reviewed (or at the end of the front matter).
func Stamp(file string, k *content.Check, fp Fingerprint, today time.Time, by string) error {
	set := []setting{
		{"reviewed", today.Format(time.DateOnly)},
		{"reviewed_clause", fp.String()},
	}
	if by != "" {
		set = append(set, setting{"reviewed_by", yamlScalar(by)})
	}
	return rewrite(file, k.Doc, set)
}

// StampDate records in a clause's or a page's file (at file, on disk) that
// it was reviewed today: it sets reviewed, and reviewed_by when by is not
// empty, changing nothing else, as Stamp does.
func StampDate(file string, d *content.Doc, today time.Time, by string) error {
	set := []setting{{"reviewed", today.Format(time.DateOnly)}}
	if by != "" {
		set = append(set, setting{"reviewed_by", yamlScalar(by)})
	}
	return rewrite(file, d, set)
}

// setting is a front-matter key and its new value, as YAML text.
type setting struct{ key, value string }

// rewrite sets the keys of the front matter of d's file in place.
func rewrite(file string, k *content.Doc, set []setting) error {
	if !k.Decoded {
		return msg.Errorf("%s: the front matter cannot be read; fix it first (tokki lint says how)", k.Path)
	}
	raw, err := os.ReadFile(file)
	if err != nil {
		return err
	}
	lines := splitLines(raw)
	eol := "\n"
	if len(lines) > 0 && bytes.HasSuffix(lines[0], []byte("\r\n")) {
		eol = "\r\n"
	}
	var inserts []string
	for _, s := range set {
		f := k.Fields[s.key]
		if f == nil {
			inserts = append(inserts, s.key+": "+s.value)
			continue
		}
		if f.Block || f.Value.Line != f.Key.Line || f.Key.Line < 1 || f.Key.Line > len(lines) {
			return msg.Errorf("%s:%d: %s is written over several lines; write it on one line to let tokki review update it", k.Path, f.Key.Line, s.key)
		}
		lines[f.Key.Line-1] = replaceValue(lines[f.Key.Line-1], f, s.value)
	}
	if len(inserts) > 0 {
		at := closingFence(lines)
		if f := k.Fields["reviewed"]; f != nil && !f.Block {
			at = f.Key.Line // after the reviewed line
		}
		if at < 0 {
			return msg.Errorf("%s: no closing --- found", k.Path)
		}
		var add [][]byte
		for _, l := range inserts {
			add = append(add, []byte(l+eol))
		}
		lines = append(lines[:at], append(add, lines[at:]...)...)
	}
	return atomicfile.Write(file, bytes.Join(lines, nil), 0)
}

// splitLines splits b after each line feed, keeping the line endings.
func splitLines(b []byte) [][]byte {
	var out [][]byte
	for len(b) > 0 {
		i := bytes.IndexByte(b, '\n')
		if i < 0 {
			out = append(out, b)
			break
		}
		out = append(out, b[:i+1])
		b = b[i+1:]
	}
	return out
}

// closingFence is the index of the line that closes the front matter.
func closingFence(lines [][]byte) int {
	for i := 1; i < len(lines); i++ {
		t := strings.TrimRight(string(lines[i]), " \t\r\n")
		if t == "---" || t == "..." {
			return i
		}
	}
	return -1
}

// replaceValue puts value in place of the key's value on its line, keeping
// what stands before it and any comment after it.
func replaceValue(line []byte, f *content.Field, value string) []byte {
	text := string(line)
	end := len(text)
	for end > 0 && (text[end-1] == '\n' || text[end-1] == '\r') {
		end--
	}
	eol := text[end:]
	text = text[:end]
	if bytes.HasPrefix(line, []byte("\uFEFF")) { // never on a key line, but be safe
		return line
	}
	start := runeOffset(text, f.Value.Column-1)
	if f.Value.Line != f.Key.Line || start <= runeOffset(text, f.Key.Column-1) {
		// An empty value: yaml gives the key's position; write after the colon.
		i := strings.Index(text, ":")
		return []byte(text[:i+1] + " " + value + text[i+1:] + eol)
	}
	stop := valueEnd(text, start)
	return []byte(text[:start] + value + text[stop:] + eol)
}

// valueEnd finds where the scalar that starts at i ends: after its closing
// quote, or before a comment or trailing blanks.
func valueEnd(s string, i int) int {
	if i < len(s) && (s[i] == '"' || s[i] == '\'') {
		q := s[i]
		for j := i + 1; j < len(s); j++ {
			if s[j] == '\\' && q == '"' {
				j++
				continue
			}
			if s[j] == q {
				if q == '\'' && j+1 < len(s) && s[j+1] == '\'' {
					j++
					continue
				}
				return j + 1
			}
		}
		return len(s)
	}
	end := len(s)
	if c := strings.Index(s[i:], " #"); c >= 0 {
		end = i + c
	}
	return len(strings.TrimRight(s[:end], " \t"))
}

// runeOffset is the byte offset of the n-th character of s.
func runeOffset(s string, n int) int {
	off := 0
	for range n {
		if off >= len(s) {
			return len(s)
		}
		_, size := utf8.DecodeRuneInString(s[off:])
		off += size
	}
	return off
}

// yamlScalar writes s plainly where the YAML encoder would, else
// double-quoted (Go's escapes are all YAML escapes too): plain text such
// as "- 山田", "true" or "123" would read back as a list, a boolean or a
// number.
func yamlScalar(s string) string {
	if b, err := yaml.Marshal(s); err == nil && strings.TrimSuffix(string(b), "\n") == s {
		return s
	}
	return strconv.Quote(s)
}
