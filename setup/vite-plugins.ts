import { defineVitePluginsSetup } from '@slidev/types'
import { patchMenuButton } from './patch-menu-button'

export default defineVitePluginsSetup(() => [patchMenuButton()])
