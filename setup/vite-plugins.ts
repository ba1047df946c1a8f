import process from 'node:process'
import { defineVitePluginsSetup } from '@slidev/types'
import { lessonPlugins } from './lesson-plugins'
import { patchSlidev } from './patch-slidev'
import { presenterOptIn } from './presenter-opt-in'

export default defineVitePluginsSetup(({ userRoot }) => [
  patchSlidev(),
  presenterOptIn(process.env),
  ...lessonPlugins(userRoot),
])
