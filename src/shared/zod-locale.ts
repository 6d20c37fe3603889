import { z } from 'zod'

// Zod's own messages (wrong type, too long, unknown key …) in Simplified Chinese, for the clerk's eyes.
z.config(z.locales.zhCN())
