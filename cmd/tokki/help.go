package main

import (
	"regexp"
	"strings"

	"github.com/spf13/cobra"

	"github.com/tokki-handbook/tokki/cmd/internal/msg"
)

// localizeHelp says in the user's language what cobra writes itself: the
// headings of the usage text ("Usage:", "Flags:"), the help and version
// flags, and the help and completion commands. Each command's own Short,
// Long and flag usages are said where the command is made.
func localizeHelp(root *cobra.Command) {
	root.InitDefaultHelpCmd()
	root.InitDefaultCompletionCmd()
	root.InitDefaultVersionFlag()
	if f := root.Flags().Lookup("version"); f != nil {
		f.Usage = msg.Sprintf("version for %s", root.Name())
	}
	var walk func(c *cobra.Command)
	walk = func(c *cobra.Command) {
		c.InitDefaultHelpFlag()
		if f := c.Flags().Lookup("help"); f != nil {
			f.Usage = msg.Sprintf("help for %s", c.Name())
		}
		for _, sub := range c.Commands() {
			walk(sub)
		}
	}
	for _, c := range root.Commands() {
		switch c.Name() {
		case "help":
			c.Short = msg.Text("Help about any command")
			c.Long = msg.Text("Help shows how to use any command: tokki help [command].")
		case "completion":
			c.Short = msg.Text("Generate the autocompletion script for the specified shell")
			c.Long = msg.Text("Generate the autocompletion script for tokki for the specified shell.\nSee each sub-command's help for details on how to use the generated script.")
			for _, sh := range c.Commands() {
				sh.Short = msg.Sprintf("Generate the autocompletion script for %s", sh.Name())
				if load, ok := loadCompletion[sh.Name()]; ok && msg.Current() != msg.English {
					// cobra's own instructions are English; in another
					// language, the essentials.
					sh.Long = msg.Sprintf("Write the script that completes tokki's commands, ids and values in %s.\n\nTo use it in this session:\n\n  %s\n\nTo use it in every session, add that line to the shell's settings file (for PowerShell, to $PROFILE).", sh.Name(), load)
				}
				if f := sh.Flags().Lookup("no-descriptions"); f != nil {
					f.Usage = msg.Text("disable completion descriptions")
				}
			}
		}
	}
	walk(root)
	cobra.AddTemplateFunc("flagDefaults", flagDefaults)
	tmpl := usageHeadings().Replace(root.UsageTemplate())
	tmpl = strings.ReplaceAll(tmpl, "FlagUsages | trimTrailingWhitespaces", "FlagUsages | flagDefaults | trimTrailingWhitespaces")
	root.SetUsageTemplate(tmpl)
}

// defaultRE finds pflag's "(default x)" at the end of a flag's line.
var defaultRE = regexp.MustCompile(`(?m) \(default (.*)\)$`)

// flagDefaults says pflag's "(default x)" in the user's language.
func flagDefaults(usages string) string {
	return defaultRE.ReplaceAllStringFunc(usages, func(s string) string {
		return msg.Sprintf(" (default %s)", defaultRE.FindStringSubmatch(s)[1])
	})
}

// loadCompletion is how each shell loads the script in the session.
var loadCompletion = map[string]string{
	"bash":       "source <(tokki completion bash)",
	"zsh":        "source <(tokki completion zsh)",
	"fish":       "tokki completion fish | source",
	"powershell": "tokki completion powershell | Out-String | Invoke-Expression",
}

// usageHeadings replaces the English words of cobra's usage template with
// the user's language (nothing changes in English).
func usageHeadings() *strings.Replacer {
	return strings.NewReplacer(
		"Usage:", msg.Text("Usage:"),
		"Aliases:", msg.Text("Aliases:"),
		"Examples:", msg.Text("Examples:"),
		"Available Commands:", msg.Text("Available Commands:"),
		"Additional Commands:", msg.Text("Additional Commands:"),
		"Global Flags:", msg.Text("Global Flags:"),
		"Flags:", msg.Text("Flags:"),
		"Additional help topics:", msg.Text("Additional help topics:"),
		`Use "{{.CommandPath}} [command] --help" for more information about a command.`,
		msg.Sprintf(`Use "%s [command] --help" for more information about a command.`, "{{.CommandPath}}"),
	)
}
