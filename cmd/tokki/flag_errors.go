package main

import (
	"regexp"
	"strings"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"github.com/tokki-handbook/tokki/cmd/internal/msg"
)

// Flags: pflag's messages ("unknown flag: --tiiming", "invalid argument
// "abc" for "--port" flag: strconv.ParseInt: …") said as what to type, with
// the nearest flag or value for a typo.

var (
	unknownFlagRE  = regexp.MustCompile(`^unknown flag: (--?\S+)`)
	unknownShortRE = regexp.MustCompile(`^unknown shorthand flag: '(.)' in (-\S+)`)
	needsArgRE     = regexp.MustCompile(`^flag needs an argument: (?:'(.)' in -\S+|(--\S+))`)
	invalidFlagRE  = regexp.MustCompile(`^invalid argument "(.*)" for "(?:-., )?(--[^"]+)" flag`)
)

// flagError is the FlagErrorFunc of every command: pflag's message said as
// what to type, with the nearest flag for one that does not exist.
func flagError(c *cobra.Command, err error) error {
	return &exitError{code: exitUsage, msg: flagMessage(c, err.Error())}
}

func flagMessage(c *cobra.Command, text string) string {
	help := msg.Sprintf("run '%s --help' for its flags", c.CommandPath())
	if m := unknownFlagRE.FindStringSubmatch(text); m != nil {
		name, _, _ := strings.Cut(strings.TrimLeft(m[1], "-"), "=")
		if near := nearestFlag(c, name); near != "" {
			return msg.Sprintf("%s has no flag --%s; did you mean --%s?", c.CommandPath(), name, near)
		}
		return msg.Sprintf("%s has no flag --%s; %s", c.CommandPath(), name, help)
	}
	if m := unknownShortRE.FindStringSubmatch(text); m != nil {
		word, _, _ := strings.Cut(strings.TrimLeft(m[2], "-"), "=")
		if len(word) > 1 {
			if allFlags(c)[word] != nil {
				return msg.Sprintf("write --%s with two dashes (-%s is read as one-letter flags)", word, word)
			}
			if near := nearestFlag(c, word); near != "" {
				return msg.Sprintf("%s has no flag -%s; did you mean --%s? (long flags take two dashes)", c.CommandPath(), word, near)
			}
		}
		return msg.Sprintf("%s has no flag -%s; %s", c.CommandPath(), m[1], help)
	}
	if m := needsArgRE.FindStringSubmatch(text); m != nil {
		f := allFlags(c)[strings.TrimPrefix(m[2], "--")]
		if m[1] != "" {
			f = c.Flags().ShorthandLookup(m[1])
		}
		if f != nil {
			if vs := allowedValues(c, f.Name); len(vs) > 0 {
				return msg.Sprintf("--%s needs a value: one of %s, e.g. --%s %s", f.Name, strings.Join(vs, ", "), f.Name, vs[0])
			}
			kind, usage := pflag.UnquoteUsage(f)
			return msg.Sprintf("--%s needs a %s: %s", f.Name, kind, usage)
		}
	}
	if m := invalidFlagRE.FindStringSubmatch(text); m != nil {
		if f := allFlags(c)[strings.TrimPrefix(m[2], "--")]; f != nil {
			return msg.Sprintf("--%s takes %s, not %q", f.Name, valueKind(f), m[1])
		}
	}
	// Another of pflag's messages, in its own words, as one sentence.
	return msg.Sprintf("%s; %s", strings.ReplaceAll(text, "\n", " "), help)
}

// valueKind says what a flag's value must be, by its type.
func valueKind(f *pflag.Flag) string {
	switch f.Value.Type() {
	case "int", "int64", "int32", "uint", "uint16":
		return msg.Text("a whole number written in digits")
	case "bool":
		return msg.Sprintf("no value (or true or false, as --%s=false)", f.Name)
	case "duration":
		return msg.Text("a duration such as 500ms or 2s")
	case "float64":
		return msg.Text("a number")
	}
	return msg.Sprintf("a value of type %s", f.Value.Type())
}

// allFlags are the flags a command accepts: its own and those it inherits.
func allFlags(c *cobra.Command) map[string]*pflag.Flag {
	out := map[string]*pflag.Flag{}
	add := func(f *pflag.Flag) {
		if !f.Hidden {
			out[f.Name] = f
		}
	}
	c.Flags().VisitAll(add)
	c.InheritedFlags().VisitAll(add)
	if _, ok := out["help"]; !ok {
		out["help"] = &pflag.Flag{Name: "help"}
	}
	return out
}

// nearestFlag is the command's flag closest to name, if it is close enough
// to be a typo of it (tiiming, timng, fromat: timing, format).
func nearestFlag(c *cobra.Command, name string) string {
	best, bestD := "", -1
	for n := range allFlags(c) {
		d := editDistance(strings.ToLower(name), n)
		if bestD < 0 || d < bestD || d == bestD && n < best {
			best, bestD = n, d
		}
	}
	if bestD < 0 || bestD > max(2, len(name)/3) || 2*bestD >= len(name) {
		return ""
	}
	return best
}

// allowedValues are the values a flag offers for completion, when it has a
// fixed list (--format, --timing, --aspect).
func allowedValues(c *cobra.Command, flag string) []string {
	f, ok := c.GetFlagCompletionFunc(flag)
	if !ok {
		return nil
	}
	vs, dir := f(c, nil, "")
	if dir&cobra.ShellCompDirectiveFilterFileExt != 0 {
		return nil
	}
	out := make([]string, 0, len(vs))
	for _, v := range vs {
		v, _, _ = strings.Cut(v, "\t")
		out = append(out, v)
	}
	return out
}

// oneOf is the message for a value outside a flag's list: the values it
// takes, and the nearest one when the value is a typo of it.
func oneOf(flag, got string, allowed []string) string {
	return msg.Sprintf("--%s %q is not one of %s%s", flag, got, strings.Join(allowed, ", "), nearestWord(got, allowed))
}

// nearestWord is "; did you mean x?" for the word of allowed that got is a
// typo of (txt: text), or "".
func nearestWord(got string, allowed []string) string {
	best, bestD := "", -1
	for _, a := range allowed {
		if d := editDistance(strings.ToLower(got), strings.ToLower(a)); bestD < 0 || d < bestD {
			best, bestD = a, d
		}
	}
	if n := len([]rune(got)); bestD < 0 || bestD > max(1, n/3) || 2*bestD > n {
		return ""
	}
	return msg.Sprintf("; did you mean %s?", best)
}

// editDistance is the number of characters to insert, delete, change or
// swap with their neighbour to turn a into b (xslx is one from xlsx).
func editDistance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	d := make([][]int, len(ra)+1)
	for i := range d {
		d[i] = make([]int, len(rb)+1)
		d[i][0] = i
	}
	for j := range d[0] {
		d[0][j] = j
	}
	for i := 1; i <= len(ra); i++ {
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			d[i][j] = min(d[i-1][j]+1, d[i][j-1]+1, d[i-1][j-1]+cost)
			if i > 1 && j > 1 && ra[i-1] == rb[j-2] && ra[i-2] == rb[j-1] {
				d[i][j] = min(d[i][j], d[i-2][j-2]+1)
			}
		}
	}
	return d[len(ra)][len(rb)]
}

// singleDash catches a long flag typed with one dash (-format json), which
// pflag reads as -f with the value "ormat" and would not question.
func singleDash(root *cobra.Command, args []string) error {
	c, _, err := root.Find(args)
	if err != nil {
		return nil
	}
	flags := allFlags(c)
	for _, a := range args {
		if a == "--" {
			break
		}
		if len(a) < 3 || a[0] != '-' || a[1] == '-' {
			continue
		}
		word, _, _ := strings.Cut(a[1:], "=")
		if f := flags[word]; f != nil && len(word) > 1 {
			return &exitError{code: exitUsage, msg: msg.Sprintf("write --%s with two dashes (-%s is read as one-letter flags)", word, word)}
		}
	}
	return nil
}
