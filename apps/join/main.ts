import { createApp } from 'vue'
import StudentLive from '../../components/live/StudentLive.vue'
import { registerOffline } from '../../setup/offline'
// The live quiz on students' phones (/join): small, so that a class of phones on one laptop's
// Wi-Fi loads it quickly. It never imports the question bank: questions come from the server,
// without their answers.
import '../page'

createApp(StudentLive).mount('#app')
registerOffline()
