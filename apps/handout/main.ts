import { createApp } from 'vue'
import StudentHandout from '../../components/handout/StudentHandout.vue'
// The student handout (/handout): the page `npm run export:handout` prints, and any browser can.
import '../page'

createApp(StudentHandout).mount('#app')
