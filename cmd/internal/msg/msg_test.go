package msg

import (
	"strings"
	"testing"
)

func TestFromEnv(t *testing.T) {
	for _, c := range []struct {
		env  map[string]string
		want Lang
		ok   bool
	}{
		{map[string]string{"LANG": "ja_JP.UTF-8"}, Japanese, true},
		{map[string]string{"LANG": "ja"}, Japanese, true},
		{map[string]string{"LANG": "ja_JP.eucJP"}, Japanese, true},
		{map[string]string{"LANG": "C"}, English, true},
		{map[string]string{"LANG": "POSIX"}, English, true},
		{map[string]string{"LANG": "en_US.UTF-8"}, English, true},
		{map[string]string{"LANG": "jam"}, English, true},
		{map[string]string{}, English, false},
		{map[string]string{"LANG": ""}, English, false},
		// LC_ALL beats LC_MESSAGES, which beats LANG.
		{map[string]string{"LC_ALL": "C", "LANG": "ja_JP.UTF-8"}, English, true},
		{map[string]string{"LC_ALL": "ja_JP.UTF-8", "LANG": "C"}, Japanese, true},
		{map[string]string{"LC_MESSAGES": "ja_JP.UTF-8", "LANG": "en_US.UTF-8"}, Japanese, true},
		{map[string]string{"LC_ALL": "en_US.UTF-8", "LC_MESSAGES": "ja_JP.UTF-8"}, English, true},
		// An empty variable does not count: the next one is read.
		{map[string]string{"LC_ALL": "", "LC_MESSAGES": "", "LANG": "ja_JP.UTF-8"}, Japanese, true},
	} {
		got, ok := FromEnv(func(k string) string { return c.env[k] })
		if got != c.want || ok != c.ok {
			t.Errorf("FromEnv(%v) = %v, %v; want %v, %v", c.env, got, ok, c.want, c.ok)
		}
	}
}

func TestCurrentFollowsTheEnvironment(t *testing.T) {
	t.Setenv("LC_ALL", "")
	t.Setenv("LC_MESSAGES", "")
	t.Setenv("LANG", "ja_JP.UTF-8")
	if Current() != Japanese {
		t.Errorf("LANG=ja_JP.UTF-8: Current() = %v, want Japanese", Current())
	}
	t.Setenv("LC_ALL", "C")
	if Current() != English {
		t.Errorf("LC_ALL=C beats LANG: Current() = %v, want English", Current())
	}
}

func TestSayInJapanese(t *testing.T) {
	key := "lint found %d errors and %d warnings"
	if _, ok := japanese[key]; !ok {
		t.Skip("the example message is not in the catalog")
	}
	got := Japanese.Sprintf(key, 2, 3)
	if !strings.Contains(got, "2") || !strings.Contains(got, "3") || got == English.Sprintf(key, 2, 3) {
		t.Errorf("Japanese: %q", got)
	}
	if got := English.Sprintf(key, 2, 3); got != "lint found 2 errors and 3 warnings" {
		t.Errorf("English: %q", got)
	}
	// A message missing from the catalog is said in English rather than lost.
	if got := Japanese.Sprintf("no such message %d", 1); got != "no such message 1" {
		t.Errorf("missing: %q", got)
	}
}
