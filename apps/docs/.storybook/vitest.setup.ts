import { configure } from 'storybook/test';

// When stories run as tests, `waitFor` in a play function waits up to 15 s instead of Testing
// Library's 1 s: on a loaded two-core CI machine a widget can take seconds to fetch and render,
// and the limit is there to catch a hang, not to time the widget (the benchmarks do that).
configure({ asyncUtilTimeout: 15_000 });
