package content

import (
	"slices"
	"strings"

	"go.yaml.in/yaml/v3"

	"github.com/tokki-handbook/tokki/cmd/internal/msg"
)

// The values that tailor the handbook to one task (when, params,
// questions, variants) are small structures; these decode them with the
// position of every part, for lint.

type at func(*yaml.Node) Pos

func decodeWhen(n *yaml.Node, at at) (When, string, Pos) {
	if n.Kind != yaml.MappingNode {
		return nil, msg.Text("when must be a set of question: answer pairs, e.g. {takeout: はい}"), at(n)
	}
	var w When
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], resolve(n.Content[i+1])
		if v.Kind != yaml.ScalarNode || isNull(v) {
			return nil, msg.Sprintf("when: the answer to %q must be a single value", k.Value), at(v)
		}
		for _, c := range w {
			if c.Question == k.Value {
				return nil, msg.Sprintf("when: question %q is given twice", k.Value), at(k)
			}
		}
		w = append(w, Cond{Question: k.Value, Answer: v.Value, Pos: at(k)})
	}
	return w, "", Pos{}
}

// fields reads a mapping node's keys into a map of nodes, refusing keys
// not in allowed.
func fields(n *yaml.Node, what string, allowed []string, at at) (map[string]*yaml.Node, string, Pos) {
	if n.Kind != yaml.MappingNode {
		return nil, msg.Sprintf("each item of %s must be a set of keys (%s)", what, strings.Join(allowed, ", ")), at(n)
	}
	out := map[string]*yaml.Node{}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k := n.Content[i]
		if !slices.Contains(allowed, k.Value) {
			return nil, msg.Sprintf("%s: unknown key %q; use %s", what, k.Value, strings.Join(allowed, ", ")), at(k)
		}
		out[k.Value] = resolve(n.Content[i+1])
	}
	return out, "", Pos{}
}

func scalar(f map[string]*yaml.Node, key string) string {
	if n := f[key]; n != nil && n.Kind == yaml.ScalarNode && !isNull(n) {
		return n.Value
	}
	return ""
}

func decodeParams(n *yaml.Node, at at) ([]Param, string, Pos) {
	if n.Kind != yaml.SequenceNode {
		return nil, msg.Text("params must be a list of {name, label, default}"), at(n)
	}
	var out []Param
	for _, item := range n.Content {
		f, why, pos := fields(resolve(item), "params", []string{"name", "label", "default"}, at)
		if why != "" {
			return nil, why, pos
		}
		p := Param{Name: scalar(f, "name"), Label: scalar(f, "label"), Default: scalar(f, "default"), Pos: at(item)}
		if p.Name == "" {
			return nil, msg.Text("params: every parameter needs a name"), at(item)
		}
		for _, q := range out {
			if q.Name == p.Name {
				return nil, msg.Sprintf("params: %q is declared twice", p.Name), at(item)
			}
		}
		out = append(out, p)
	}
	return out, "", Pos{}
}

func decodeQuestions(n *yaml.Node, at at) ([]Question, string, Pos) {
	if n.Kind != yaml.SequenceNode {
		return nil, msg.Text("questions must be a list of {id, text, answers, default}"), at(n)
	}
	var out []Question
	for _, item := range n.Content {
		f, why, pos := fields(resolve(item), "questions", []string{"id", "text", "note", "answers", "default", "from_dates"}, at)
		if why != "" {
			return nil, why, pos
		}
		q := Question{ID: scalar(f, "id"), Text: scalar(f, "text"), Note: scalar(f, "note"), Default: scalar(f, "default"), Pos: at(item)}
		if a := f["answers"]; a != nil && a.Kind == yaml.SequenceNode {
			for _, x := range a.Content {
				q.Answers = append(q.Answers, resolve(x).Value)
			}
		}
		switch {
		case q.ID == "" || q.Text == "":
			return nil, msg.Text("questions: every question needs an id and a text"), at(item)
		case len(q.Answers) < 2:
			return nil, msg.Sprintf("questions: %s needs a list of at least two answers", q.ID), at(item)
		case q.Default != "" && !slices.Contains(q.Answers, q.Default):
			return nil, msg.Sprintf("questions: the default of %s, %q, is not one of its answers", q.ID, q.Default), at(f["default"])
		}
		if n := f["from_dates"]; n != nil {
			switch v := scalar(f, "from_dates"); {
			case v != "true" && v != "false":
				return nil, msg.Sprintf("questions: from_dates of %s must be true or false", q.ID), at(n)
			case v == "true" && len(q.Answers) != 2:
				return nil, msg.Sprintf("questions: %s has from_dates, so it needs exactly two answers: the first for a contract of three months or more, the second for a shorter one", q.ID), at(n)
			case v == "true" && slices.ContainsFunc(out, func(o Question) bool { return o.FromDates }):
				return nil, msg.Sprintf("questions: only one question may have from_dates; %s is the second", q.ID), at(n)
			}
			q.FromDates = scalar(f, "from_dates") == "true"
		}
		for _, o := range out {
			if o.ID == q.ID {
				return nil, msg.Sprintf("questions: %q is declared twice", q.ID), at(item)
			}
		}
		if q.Default == "" {
			q.Default = q.Answers[0]
		}
		out = append(out, q)
	}
	return out, "", Pos{}
}

func decodeVariants(n *yaml.Node, at at) ([]Variant, string, Pos) {
	if n.Kind != yaml.SequenceNode {
		return nil, msg.Text("variants must be a list of {when, text}"), at(n)
	}
	var out []Variant
	for _, item := range n.Content {
		f, why, pos := fields(resolve(item), "variants", []string{"when", "text"}, at)
		if why != "" {
			return nil, why, pos
		}
		if f["when"] == nil || f["text"] == nil {
			return nil, msg.Text("variants: each variant needs when and text"), at(item)
		}
		w, why, pos := decodeWhen(f["when"], at)
		if why != "" {
			return nil, why, pos
		}
		t := f["text"]
		v := Variant{When: w, Text: scalar(f, "text"), Pos: at(item), TextLine: at(t).Line,
			TextBlock: t.Style&(yaml.LiteralStyle|yaml.FoldedStyle) != 0}
		if v.TextBlock {
			v.TextLine++
		}
		out = append(out, v)
	}
	return out, "", Pos{}
}
