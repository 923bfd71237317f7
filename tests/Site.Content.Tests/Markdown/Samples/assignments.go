package main

import (
	"fmt"
	alias "net/http"
)

var version = "v1.2.3"
var a, b int = 1, 2

type Config struct {
	Name    string
	Replicas int
}

func main() {
	x := 1
	y, z := 2, 3
	x = y + z
	cfg.Name = "web"
	cfg.Spec.Replicas=3
	a, b.c, d = 1, 2, 3
	count == limit
	if x == 1 { x = 2 }
	for i := 0; i < 10; i++ { total += i }
	ch <- value
	m["key"] = value
	longIdentifierWithoutAssignment(another, third)
	_ = fmt.Sprintf("%d", 0x1F)
	π = 3.14159
	数量 = 42
	x1, x2 = x2, x1
	var3 = 0
	vars = 1
	s = `raw = string`
	// comment = not code
	x /= 2
	x != y
}
