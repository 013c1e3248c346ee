// The Grading module; see README.md.
