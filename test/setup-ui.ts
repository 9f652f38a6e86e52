import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

// Testing Library unmounts between tests only where a global afterEach exists; vitest globals are off,
// so the ui project registers it once here instead of in every test file.
afterEach(cleanup);
