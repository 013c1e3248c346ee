// Fixtures for the scheduler tests live in Fixtures/.
