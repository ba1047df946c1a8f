import { createApp } from 'vue'
import SourcesPage from '../../components/sources/SourcesPage.vue'
// The lesson's sources (/sources): every source the slides cite by number, in full.
import '../page'

createApp(SourcesPage).mount('#app')
