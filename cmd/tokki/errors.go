package main

import (
	"regexp"
	"strconv"
	"strings"

	"github.com/spf13/cobra"

	"github.com/tokki-handbook/tokki/cmd/internal/msg"
)

// The words of the libraries tokki is built on (cobra's "accepts 1 arg(s),
// received 2", strconv's "parsing "abc": invalid syntax", the system's
// "open x.yaml: no such file or directory") say what went wrong inside
// them, not what the user typed wrong. This file (arguments and commands),
// flag_errors.go and os_errors.go say it in the user's terms, with what to
// type instead.

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
	text := err.Error()
	var takes string
	switch {
	case strings.HasPrefix(text, "unknown command"):
		takes = msg.Text("no arguments")
	case exactArgsRE.MatchString(text):
		takes = count(exactArgsRE.FindStringSubmatch(text)[1])
	case rangeArgsRE.MatchString(text):
		m := rangeArgsRE.FindStringSubmatch(text)
		takes = msg.Sprintf("%s or %s", number(m[1]), count(m[2]))
	case maxArgsRE.MatchString(text):
		takes = msg.Sprintf("at most %s", count(maxArgsRE.FindStringSubmatch(text)[1]))
	case minArgsRE.MatchString(text):
		takes = msg.Sprintf("at least %s", count(minArgsRE.FindStringSubmatch(text)[1]))
	case invalidArgRE.MatchString(text):
		return msg.Sprintf("%s does not take %q; give one of %s (run '%s --help' for examples)",
			cmd.CommandPath(), invalidArgRE.FindStringSubmatch(text)[1], strings.Join(cmd.ValidArgs, ", "), cmd.CommandPath())
	default:
		return text
	}
	gave := msg.Text("none")
	if len(args) > 0 {
		gave = msg.Sprintf("%d (%s)", len(args), strings.Join(quoteAll(args), " "))
	}
	s := msg.Sprintf("%s takes %s, but was given %s", cmd.CommandPath(), takes, gave)
	if hint := fileFlagHint(cmd, args); hint != "" {
		s = msg.Sprintf("%s; %s", s, hint)
	}
	use := strings.TrimSuffix(cmd.UseLine(), " [flags]")
	if ex := firstExample(cmd); ex != "" {
		return msg.Sprintf("%s; write it as %s, e.g. %s", s, use, ex)
	}
	return msg.Sprintf("%s; write it as %s", s, use)
}

// fileFlagHint is "give the file with --answers x.yaml" when the one
// argument given looks like the file of a command that takes it by a flag.
func fileFlagHint(cmd *cobra.Command, args []string) string {
	if len(args) != 1 {
		return ""
	}
	a := strings.ToLower(args[0])
	if cmd.Flags().Lookup("answers") != nil && (strings.HasSuffix(a, ".yaml") || strings.HasSuffix(a, ".yml")) {
		return msg.Sprintf("give the answers file with --answers %s", args[0])
	}
	return ""
}

func firstExample(cmd *cobra.Command) string {
	line, _, _ := strings.Cut(strings.TrimSpace(cmd.Example), "\n")
	line, _, _ = strings.Cut(line, "  #")
	return strings.TrimSpace(line)
}

var numberWords = []string{msg.Mark("no"), msg.Mark("one"), msg.Mark("two"), msg.Mark("three")}

// number is n in words ("two"), in the user's language.
func number(n string) string {
	i, _ := strconv.Atoi(n)
	if i < len(numberWords) {
		return msg.Text(numberWords[i])
	}
	return n
}

// count is "one argument", "two arguments".
func count(n string) string {
	if n == "1" {
		return msg.Text("one argument")
	}
	return msg.Sprintf("%s arguments", number(n))
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
		return msg.Sprintf("%s takes no arguments, but was given %q; run '%s --help' for how to use it", m[2], m[1], m[2]), true
	}
	if sug := root.SuggestionsFor(m[1]); len(sug) > 0 {
		return msg.Sprintf("%s has no command %q; did you mean %s %s?", m[2], m[1], m[2], sug[0]), true
	}
	var names []string
	for _, c := range root.Commands() {
		if c.IsAvailableCommand() {
			names = append(names, c.Name())
		}
	}
	return msg.Sprintf("%s has no command %q; the commands are %s (run 'tokki --help')", m[2], m[1], strings.Join(names, ", ")), true
}
