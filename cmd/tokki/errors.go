package main

import (
	"errors"
	"fmt"
	"io/fs"
	"regexp"
	"strconv"
	"strings"
	"syscall"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"
)

// The words of the libraries tokki is built on (cobra's "accepts 1 arg(s),
// received 2", strconv's "parsing "abc": invalid syntax", the system's
// "open x.yaml: no such file or directory") say what went wrong inside
// them, not what the user typed wrong. This file says it in the user's
// terms, with what to type instead.

// plainArgs gives every command below root an argument check whose error
// is a sentence: what the command takes, what it was given, and how to
// write it.
func plainArgs(c *cobra.Command) {
	for _, sub := range c.Commands() {
		plainArgs(sub)
	}
	check := c.Args
	if check == nil || !c.HasParent() {
		return
	}
	c.Args = func(cmd *cobra.Command, args []string) error {
		if err := check(cmd, args); err != nil {
			return &exitError{code: exitUsage, msg: argsMessage(cmd, args, err)}
		}
		return nil
	}
}

var (
	exactArgsRE  = regexp.MustCompile(`^accepts (\d+) arg\(s\)`)
	rangeArgsRE  = regexp.MustCompile(`^accepts between (\d+) and (\d+) arg\(s\)`)
	maxArgsRE    = regexp.MustCompile(`^accepts at most (\d+) arg\(s\)`)
	minArgsRE    = regexp.MustCompile(`^requires at least (\d+) arg\(s\)`)
	invalidArgRE = regexp.MustCompile(`^invalid argument "(.*)" for`)
)

// argsMessage says what a command takes, what it was given and how to
// write it, for an error of one of cobra's argument checks; another error
// (a command's own check) is its own message.
func argsMessage(cmd *cobra.Command, args []string, err error) string {
	msg := err.Error()
	var takes string
	switch {
	case strings.HasPrefix(msg, "unknown command"):
		takes = "no arguments"
	case exactArgsRE.MatchString(msg):
		takes = count(exactArgsRE.FindStringSubmatch(msg)[1])
	case rangeArgsRE.MatchString(msg):
		m := rangeArgsRE.FindStringSubmatch(msg)
		takes = number(m[1]) + " or " + count(m[2])
	case maxArgsRE.MatchString(msg):
		takes = "at most " + count(maxArgsRE.FindStringSubmatch(msg)[1])
	case minArgsRE.MatchString(msg):
		takes = "at least " + count(minArgsRE.FindStringSubmatch(msg)[1])
	case invalidArgRE.MatchString(msg):
		return fmt.Sprintf("%s does not take %q; give one of %s (run '%s --help' for examples)",
			cmd.CommandPath(), invalidArgRE.FindStringSubmatch(msg)[1], strings.Join(cmd.ValidArgs, ", "), cmd.CommandPath())
	default:
		return msg
	}
	gave := "none"
	if len(args) > 0 {
		gave = fmt.Sprintf("%d (%s)", len(args), strings.Join(quoteAll(args), " "))
	}
	s := fmt.Sprintf("%s takes %s, but was given %s", cmd.CommandPath(), takes, gave)
	if hint := fileFlagHint(cmd, args); hint != "" {
		s += "; " + hint
	}
	s += fmt.Sprintf("; write it as %s", strings.TrimSuffix(cmd.UseLine(), " [flags]"))
	if ex := firstExample(cmd); ex != "" {
		s += ", e.g. " + ex
	}
	return s
}

// fileFlagHint is "give the file with --answers x.yaml" when the one
// argument given looks like the file of a command that takes it by a flag.
func fileFlagHint(cmd *cobra.Command, args []string) string {
	if len(args) != 1 {
		return ""
	}
	a := strings.ToLower(args[0])
	if cmd.Flags().Lookup("answers") != nil && (strings.HasSuffix(a, ".yaml") || strings.HasSuffix(a, ".yml")) {
		return "give the answers file with --answers " + args[0]
	}
	return ""
}

func firstExample(cmd *cobra.Command) string {
	line, _, _ := strings.Cut(strings.TrimSpace(cmd.Example), "\n")
	line, _, _ = strings.Cut(line, "  #")
	return strings.TrimSpace(line)
}

var numberWords = []string{"no", "one", "two", "three"}

func number(n string) string {
	i, _ := strconv.Atoi(n)
	if i < len(numberWords) {
		return numberWords[i]
	}
	return n
}

// count is "one argument", "two arguments".
func count(n string) string {
	if n == "1" {
		return "one argument"
	}
	return number(n) + " arguments"
}

func quoteAll(args []string) []string {
	out := make([]string, len(args))
	for i, a := range args {
		out[i] = a
		if strings.ContainsAny(a, " \t") || a == "" {
			out[i] = strconv.Quote(a)
		}
	}
	return out
}

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

func flagMessage(c *cobra.Command, msg string) string {
	help := fmt.Sprintf("run '%s --help' for its flags", c.CommandPath())
	if m := unknownFlagRE.FindStringSubmatch(msg); m != nil {
		name, _, _ := strings.Cut(strings.TrimLeft(m[1], "-"), "=")
		if near := nearestFlag(c, name); near != "" {
			return fmt.Sprintf("%s has no flag --%s; did you mean --%s?", c.CommandPath(), name, near)
		}
		return fmt.Sprintf("%s has no flag --%s; %s", c.CommandPath(), name, help)
	}
	if m := unknownShortRE.FindStringSubmatch(msg); m != nil {
		word, _, _ := strings.Cut(strings.TrimLeft(m[2], "-"), "=")
		if len(word) > 1 {
			if allFlags(c)[word] != nil {
				return fmt.Sprintf("write --%s with two dashes (-%s is read as one-letter flags)", word, word)
			}
			if near := nearestFlag(c, word); near != "" {
				return fmt.Sprintf("%s has no flag -%s; did you mean --%s? (long flags take two dashes)", c.CommandPath(), word, near)
			}
		}
		return fmt.Sprintf("%s has no flag -%s; %s", c.CommandPath(), m[1], help)
	}
	if m := needsArgRE.FindStringSubmatch(msg); m != nil {
		f := allFlags(c)[strings.TrimPrefix(m[2], "--")]
		if m[1] != "" {
			f = c.Flags().ShorthandLookup(m[1])
		}
		if f != nil {
			if vs := allowedValues(c, f.Name); len(vs) > 0 {
				return fmt.Sprintf("--%s needs a value: one of %s, e.g. --%s %s", f.Name, strings.Join(vs, ", "), f.Name, vs[0])
			}
			kind, usage := pflag.UnquoteUsage(f)
			return fmt.Sprintf("--%s needs a %s: %s", f.Name, kind, usage)
		}
	}
	if m := invalidFlagRE.FindStringSubmatch(msg); m != nil {
		if f := allFlags(c)[strings.TrimPrefix(m[2], "--")]; f != nil {
			return fmt.Sprintf("--%s takes %s, not %q", f.Name, valueKind(f), m[1])
		}
	}
	// Another of pflag's messages, in its own words, as one sentence.
	return strings.ReplaceAll(msg, "\n", " ") + "; " + help
}

// valueKind says what a flag's value must be, by its type.
func valueKind(f *pflag.Flag) string {
	switch f.Value.Type() {
	case "int", "int64", "int32", "uint", "uint16":
		return "a whole number written in digits"
	case "bool":
		return "no value (or true or false, as --" + f.Name + "=false)"
	case "duration":
		return "a duration such as 500ms or 2s"
	case "float64":
		return "a number"
	}
	return "a value of type " + f.Value.Type()
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
	return fmt.Sprintf("--%s %q is not one of %s%s", flag, got, strings.Join(allowed, ", "), nearestWord(got, allowed))
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
	return fmt.Sprintf("; did you mean %s?", best)
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

var unknownCommandRE = regexp.MustCompile(`^unknown command "(.*)" for "(.*?)"`)

// commandError says what to type for a command tokki does not have.
func commandError(root *cobra.Command, err error) (string, bool) {
	m := unknownCommandRE.FindStringSubmatch(err.Error())
	if m == nil {
		return "", false
	}
	if m[2] != root.CommandPath() {
		// A command made as it runs (completion's), whose argument check
		// plainArgs did not see.
		return fmt.Sprintf("%s takes no arguments, but was given %q; run '%s --help' for how to use it", m[2], m[1], m[2]), true
	}
	s := fmt.Sprintf("%s has no command %q", m[2], m[1])
	if sug := root.SuggestionsFor(m[1]); len(sug) > 0 {
		return s + fmt.Sprintf("; did you mean %s %s?", m[2], sug[0]), true
	}
	var names []string
	for _, c := range root.Commands() {
		if c.IsAvailableCommand() {
			names = append(names, c.Name())
		}
	}
	return s + "; the commands are " + strings.Join(names, ", ") + " (run 'tokki --help')", true
}

// osReason says why a file could not be read or written, in the user's
// terms: "it does not exist", not "open x: no such file or directory".
func osReason(err error, writing bool) string {
	var errno syscall.Errno
	switch {
	case errors.Is(err, fs.ErrNotExist) && writing:
		return "the folder it goes in does not exist; create it first or choose another"
	case errors.Is(err, fs.ErrNotExist):
		return "it does not exist (a relative path starts from the folder tokki runs in)"
	case errors.Is(err, fs.ErrPermission):
		return "you do not have permission; check the permissions, or use another place"
	case errors.Is(err, syscall.EISDIR):
		return "it is a folder; give a file"
	case errors.Is(err, syscall.ENOTDIR):
		return "a part of its path is a file, not a folder"
	case errors.Is(err, syscall.ENOSPC):
		return "the disk is full; free some space"
	case errors.Is(err, syscall.EROFS):
		return "the disk is read-only; use another place"
	case errors.As(err, &errno):
		return errno.Error()
	}
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err.Error()
	}
	return err.Error()
}

// osErrorRE finds a system error left in a message: "open x.yaml: no such
// file or directory".
var osErrorRE = regexp.MustCompile(`\b(open|read|write|mkdir|stat|lstat|remove|rename|chmod|readdirent|symlink|link) ([^:]+): (no such file or directory|permission denied|is a directory|not a directory|no space left on device|read-only file system|file exists)`)

var osWords = map[string]string{
	"no such file or directory": "does not exist",
	"permission denied":         "may not be read or written (permission denied); check its permissions",
	"is a directory":            "is a folder, not a file",
	"not a directory":           "has a file where a folder should be in its path",
	"no space left on device":   "cannot be written: the disk is full",
	"read-only file system":     "cannot be written: the disk is read-only",
	"file exists":               "already exists",
}

// plainMessage is the last word on what reaches the user: a system error
// that a command passed on as it was ("mkdir x: no such file or
// directory") is said in plain words ("the folder x goes in does not
// exist").
func plainMessage(msg string) string {
	return osErrorRE.ReplaceAllStringFunc(msg, func(s string) string {
		m := osErrorRE.FindStringSubmatch(s)
		op, path, why := m[1], m[2], m[3]
		if why == "no such file or directory" && op != "open" && op != "read" && op != "stat" && op != "lstat" {
			return fmt.Sprintf("the folder %s goes in does not exist; create it first or choose another", path)
		}
		return path + " " + osWords[why]
	})
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
			return &exitError{code: exitUsage, msg: fmt.Sprintf("write --%s with two dashes (-%s is read as one-letter flags)", word, word)}
		}
	}
	return nil
}
