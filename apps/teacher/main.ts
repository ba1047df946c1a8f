import { createApp } from 'vue'
import TeacherResults from '../../components/live/TeacherResults.vue'
// The teacher's class results (/teacher): answers per question and per student, and the CSV.
import '../page'

createApp(TeacherResults).mount('#app')
