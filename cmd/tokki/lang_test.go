package main

import (
	"strings"
	"testing"
)

// TestMessagesFollowTheLocale runs commands under a Japanese and an
// English locale: errors, lint findings and help are said in the language
// of the locale, and rule ids and flag names stay the same in both.
func TestMessagesFollowTheLocale(t *testing.T) {
	errDir := writeTree(t, with(clean, "checklist/k09-2.md", "---\nid: K-09-2\nclause: C-99\ntitle: 実績\naspect: 運用\ntiming: [定期]\nrationale: 理由。\n---\n"))
	for _, tc := range []struct {
		name   string
		env    map[string]string
		args   []string
		out    string // in stdout or stderr
		notOut string
	}{
		{"a finding in Japanese", map[string]string{"LANG": "ja_JP.UTF-8"}, []string{"lint", "--source", errDir},
			`"C-99" という id の条項はありません`, "is not the id of any clause"},
		{"the rule id stays", map[string]string{"LANG": "ja_JP.UTF-8"}, []string{"lint", "--source", errDir}, "[unknown-clause]", ""},
		{"the count in Japanese", map[string]string{"LANG": "ja_JP.UTF-8"}, []string{"lint", "--source", errDir}, "エラー 2 件", "2 errors"},
		{"a finding in English", map[string]string{"LANG": "C"}, []string{"lint", "--source", errDir},
			`clause "C-99" is not the id of any clause`, "という id"},
		{"JSON keys stay", map[string]string{"LANG": "ja"}, []string{"lint", "--source", errDir, "--format", "json"},
			`"rule": "unknown-clause"`, ""},
		{"a mistyped command in Japanese", map[string]string{"LANG": "ja_JP.UTF-8"}, []string{"lnt"},
			"tokki lint の間違いではありませんか", "did you mean"},
		{"a mistyped command in English", map[string]string{"LANG": "en_US.UTF-8"}, []string{"lnt"}, "did you mean tokki lint?", ""},
		{"a mistyped flag in Japanese", map[string]string{"LANG": "ja_JP.UTF-8"}, []string{"lint", "--fromat", "json"},
			"--format の間違いではありませんか", ""},
		{"LC_ALL beats LANG", map[string]string{"LC_ALL": "ja_JP.UTF-8", "LANG": "C"}, []string{"lnt"}, "間違いではありませんか", "did you mean"},
		{"LC_MESSAGES beats LANG", map[string]string{"LC_ALL": "", "LC_MESSAGES": "C", "LANG": "ja_JP.UTF-8"}, []string{"lnt"}, "did you mean", "間違い"},
		{"help in Japanese", map[string]string{"LANG": "ja_JP.UTF-8"}, []string{"lint", "--help"}, "使い方:", "Usage:"},
		{"help flags in Japanese", map[string]string{"LANG": "ja_JP.UTF-8"}, []string{"lint", "--help"}, "警告でも失敗にします", "Flags:"},
		{"help in English", map[string]string{"LANG": "C"}, []string{"lint", "--help"}, "Usage:", "使い方"},
		{"the root's help in Japanese", map[string]string{"LANG": "ja_JP.UTF-8"}, []string{"--help"}, "ハンドブックから静的なサイトを作ります", "Available Commands:"},
		{"a handbook that is not there", map[string]string{"LANG": "ja_JP.UTF-8"}, []string{"build", "--source", "/no/such/folder"}, "/no/such/folder はありません", "does not exist"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Setenv("LC_ALL", "")
			t.Setenv("LC_MESSAGES", "")
			for k, v := range tc.env {
				t.Setenv(k, v)
			}
			_, stdout, stderr := tokki(t, tc.args...)
			all := stdout + stderr
			if !strings.Contains(all, tc.out) {
				t.Errorf("want %q in:\n%s", tc.out, all)
			}
			if tc.notOut != "" && strings.Contains(all, tc.notOut) {
				t.Errorf("did not want %q in:\n%s", tc.notOut, all)
			}
		})
	}
}
