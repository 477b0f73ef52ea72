// Package msg says tokki's messages in the user's language: Japanese when
// the locale is Japanese, English otherwise. Every message is written in
// English in the code, through Sprintf, Errorf or Text of this package (or
// lint's Report, which calls them), and the English format is the key of
// its Japanese entry in the catalog (catalog_*.go). Rule ids, flag names,
// JSON keys and file names are never translated.
//
// A Japanese format may take its arguments in another order with explicit
// indexes (%[2]s); msg_test.go checks that every message has a Japanese
// entry, that every entry is used, and that both take the same arguments.
package msg

import (
	"fmt"
	"strings"
)

// Lang is a language messages are shown in. The zero value is English.
type Lang int

// The languages tokki speaks.
const (
	English Lang = iota
	Japanese
)

// Current is the language of the user running tokki: the locale in the
// environment (LC_ALL, then LC_MESSAGES, then LANG; the first one set wins,
// as POSIX says), and on Windows, when none is set, the user's display
// language.
func Current() Lang {
	if l, ok := FromEnv(getenv); ok {
		return l
	}
	return systemLang()
}

// FromEnv reads the locale from environment variables, through getenv:
// the first non-empty of LC_ALL, LC_MESSAGES and LANG. ok is false when none
// is set.
func FromEnv(getenv func(string) string) (l Lang, ok bool) {
	for _, name := range []string{"LC_ALL", "LC_MESSAGES", "LANG"} {
		if v := getenv(name); v != "" {
			return FromLocale(v), true
		}
	}
	return English, false
}

// FromLocale is the language of a locale name such as ja_JP.UTF-8, ja or
// C: Japanese for ja and ja_*, ja-*, ja.*; English for anything else.
func FromLocale(name string) Lang {
	name = strings.ToLower(name)
	if name == "ja" || strings.HasPrefix(name, "ja_") || strings.HasPrefix(name, "ja-") ||
		strings.HasPrefix(name, "ja.") || strings.HasPrefix(name, "ja@") {
		return Japanese
	}
	return English
}

// Sprintf formats a message in l.
func (l Lang) Sprintf(format string, args ...any) string {
	return fmt.Sprintf(l.format(format), args...)
}

// Errorf is fmt.Errorf with the format said in l; %w wraps as there.
func (l Lang) Errorf(format string, args ...any) error {
	return fmt.Errorf(l.format(format), args...)
}

// Text is a message without arguments in l: a help text, a heading.
func (l Lang) Text(s string) string {
	return l.format(s)
}

func (l Lang) format(english string) string {
	if l == Japanese {
		if ja, ok := japanese[english]; ok {
			return ja
		}
	}
	return english
}

// Sprintf formats a message in the user's language (Current).
func Sprintf(format string, args ...any) string { return Current().Sprintf(format, args...) }

// Errorf is fmt.Errorf in the user's language (Current).
func Errorf(format string, args ...any) error { return Current().Errorf(format, args...) }

// Text is a message without arguments in the user's language (Current).
func Text(s string) string { return Current().Text(s) }

// Mark returns s as it is. It marks a message kept in a variable or a
// field and said later with Text (as a lint rule's summary), so that the
// catalog's test knows it.
func Mark(s string) string { return s }
